package org.silverbranch.module.volunteer.internal.model;

/** Signs a member of the shift's team up. */
public record SignupInput(Long memberId) {
}
