package org.silverbranch.core.api.model;

/** A family member to call (学习台账), e.g. relation 女儿. */
public record FamilyContact(String relation, String name, String phone) {
}
