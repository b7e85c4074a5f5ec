package org.silverbranch.orglife.assessment;

/**
 * A figure a {@link BranchFigureSource} gives for one branch and year: either a percentage 0..100
 * ({@code percent}, e.g. meetings held of those required) or a yes/no fact ({@code met}, e.g. secretary in place).
 * Exactly one of the two is set.
 *
 * @param detail a short line for people, e.g. {@code 12/12 次主题党日}; may be null
 */
public record BranchFigure(Integer percent, Boolean met, String detail) {

    public BranchFigure {
        if ((percent == null) == (met == null)) {
            throw new IllegalArgumentException("a figure is either a percentage or a yes/no fact");
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("percentage out of 0..100: " + percent);
        }
    }

    public static BranchFigure percent(int percent, String detail) {
        return new BranchFigure(percent, null, detail);
    }

    public static BranchFigure met(boolean met, String detail) {
        return new BranchFigure(null, met, detail);
    }
}
