package org.changetalk.coding;

/** Simple reflections add little to what the client said; complex ones add meaning, feeling or the other side. */
public enum ReflectionDepth { SIMPLE, COMPLEX }
