package org.changetalk.scenario.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Names for sets of categories, usable in a transition's {@code on}. */
public enum CategoryGroup {
    ANY_REFLECTION(EnumSet.of(Category.COMPLEX_REFLECTION, Category.SIMPLE_REFLECTION)),
    ANY_QUESTION(EnumSet.of(Category.OPEN_QUESTION, Category.CLOSED_QUESTION)),
    MI_CONSISTENT(EnumSet.copyOf(Arrays.stream(Category.values()).filter(Category::isMiConsistent).toList())),
    MI_INCONSISTENT(EnumSet.of(Category.PERSUADE, Category.CONFRONT)),
    ANY(EnumSet.allOf(Category.class));

    private final Set<Category> members;

    CategoryGroup(Set<Category> members) {
        this.members = Set.copyOf(members);
    }

    public Set<Category> members() {
        return members;
    }
}
