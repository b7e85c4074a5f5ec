package org.silverbranch.core.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;

public class ServiceErrorsTest {

    @Test
    public void codeAndArguments() {
        assertEquals("STREET_NOT_FOUND 230109999",
                ServiceErrors.oneLine(ServiceException.notFound("STREET_NOT_FOUND", "230109999")));
    }

    @Test
    public void codeAlone() {
        assertEquals("STALE_VERSION", ServiceErrors.oneLine(ServiceException.conflict("STALE_VERSION")));
    }

    @Test
    public void fieldProblemsOnTheSameLine() {
        ServiceException e = ServiceException.invalid(List.of(
                new FieldProblem("size", "OUT_OF_RANGE", List.of("1", "200")),
                new FieldProblem("q", "REQUIRED", null)));

        assertEquals("VALIDATION_FAILED: size OUT_OF_RANGE 1, 200; q REQUIRED", ServiceErrors.oneLine(e));
    }

    @Test
    public void idNumberQueriesAreRecognised() {
        assertTrue(MemberFindCommand.looksLikeIdNumber(" 23010919480315123x "));
        assertFalse(MemberFindCommand.looksLikeIdNumber("王秀兰"));
        assertFalse(MemberFindCommand.looksLikeIdNumber("2301091948"));
    }
}
