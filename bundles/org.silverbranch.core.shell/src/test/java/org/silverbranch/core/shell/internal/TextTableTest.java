package org.silverbranch.core.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class TextTableTest {

    @Test
    public void hanCharactersTakeTwoCells() {
        assertEquals(10, TextTable.displayWidth("太阳岛街道"));
        assertEquals(9, TextTable.displayWidth("230109002"));
        assertEquals(4, TextTable.displayWidth("（）"));
    }

    @Test
    public void alignsColumnsByDisplayWidth() {
        List<String> lines = new TextTable("Code", "Name", "Communities").alignRight(2)
                .row("230109002", "太阳岛街道", 12)
                .row("230109100", "对青山镇", 9)
                .lines();

        assertEquals(List.of(
                "Code       Name        Communities",
                "---------  ----------  -----------",
                "230109002  太阳岛街道           12",
                "230109100  对青山镇              9"), lines);
    }

    @Test
    public void nullAndMissingCellsPrintEmpty() {
        List<String> lines = new TextTable("A", "B", "C").row("x", null).lines();

        assertEquals("x", lines.get(2));
    }

    @Test(expected = IllegalArgumentException.class)
    public void tooManyCellsIsAMistake() {
        new TextTable("A").row("x", "y");
    }
}
