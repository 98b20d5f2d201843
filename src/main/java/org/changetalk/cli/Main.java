package org.changetalk.cli;

/** Entry point of the fat jar. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("changetalk");
    }
}
