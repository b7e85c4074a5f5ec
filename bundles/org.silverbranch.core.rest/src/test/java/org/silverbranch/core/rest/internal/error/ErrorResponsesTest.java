package org.silverbranch.core.rest.internal.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.interceptor.Fault;
import org.junit.Test;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.rest.internal.JsonMapper;
import org.silverbranch.core.rest.internal.filter.PayloadTooLargeException;

import com.fasterxml.jackson.databind.ObjectMapper;

public class ErrorResponsesTest {

    private final ErrorResponses errors = new ErrorResponses(new Messages());
    private final ObjectMapper mapper = JsonMapper.create();

    @Test
    public void serviceExceptionIsAnsweredInChineseByDefault() {
        Response response = errors.of(ServiceException.notFound("MEMBER_NOT_FOUND", 12), null);

        assertEquals(404, response.getStatus());
        assertEquals("application/json;charset=UTF-8", response.getMediaType().toString());
        ErrorResponse body = body(response);
        assertEquals("MEMBER_NOT_FOUND", body.code());
        assertEquals("找不到编号为 12 的党员。", body.message());
        assertEquals(List.of(), body.fields());
    }

    @Test
    public void englishWhenTheRequestPrefersIt() {
        ErrorResponse body = body(errors.of(ServiceException.notFound("MEMBER_NOT_FOUND", 12), "en-US,en;q=0.9,zh;q=0.5"));

        assertEquals("No member has the number 12.", body.message());
    }

    @Test
    public void chineseWhenChineseIsPreferredOverEnglish() {
        ErrorResponse body = body(errors.of(ServiceException.notFound("MEMBER_NOT_FOUND"), "zh-CN,zh;q=0.9,en;q=0.8"));

        assertEquals("找不到这名党员。", body.message());
    }

    @Test
    public void validationFailureListsEachFieldWithItsMessage() {
        Problems problems = new Problems();
        problems.requireText("name", null, 50);
        problems.maxLength("address", "x".repeat(201), 200);
        problems.add("joinedPartyOn", "DATE_BEFORE", "birthDate");

        Response response = errors.of(ServiceException.invalid(problems.list()), "en");

        assertEquals(400, response.getStatus());
        ErrorResponse body = body(response);
        assertEquals("VALIDATION_FAILED", body.code());
        assertEquals(3, body.fields().size());
        assertEquals(new ErrorResponse.FieldError("name", "REQUIRED", "This field is required."), body.fields().get(0));
        assertEquals("This is too long: at most 200 characters.", body.fields().get(1).message());
        assertEquals("This date cannot be earlier than the birth date.", body.fields().get(2).message());
    }

    @Test
    public void fieldArgumentsAreShownWithTheirChineseLabel() {
        ServiceException e = ServiceException.invalid(List.of(new FieldProblem("joinedPartyOn", "DATE_BEFORE",
                List.of("birthDate"))));

        assertEquals("日期不能早于“出生日期”。", body(errors.of(e, null)).fields().get(0).message());
    }

    @Test
    public void unknownFieldIsReportedAtItsJsonPath() {
        Throwable parseError = parse("{\"name\":\"张三\",\"residency\":{\"status\":\"RESIDENT\",\"foo\":1}}");

        ErrorResponse body = body(errors.of(new BadRequestException(parseError), null));

        assertEquals("VALIDATION_FAILED", body.code());
        assertEquals(1, body.fields().size());
        assertEquals("residency.foo", body.fields().get(0).field());
        assertEquals("UNKNOWN_FIELD", body.fields().get(0).code());
        assertEquals("系统不认识这一项，请去掉后再提交。", body.fields().get(0).message());
    }

    @Test
    public void unknownFieldInsideAListHasTheIndexInItsPath() {
        Throwable parseError = parse("{\"family\":[{\"relation\":\"女儿\",\"name\":\"李梅\",\"phone\":\"13800000000\"},"
                + "{\"relation\":\"儿子\",\"x\":true}]}");

        ErrorResponse body = body(errors.of(new Fault(parseError), null));

        assertEquals("family[1].x", body.fields().get(0).field());
        assertEquals("UNKNOWN_FIELD", body.fields().get(0).code());
    }

    @Test
    public void badEnumNamesTheAllowedValues() {
        Response response = errors.of(new BadRequestException(parse("{\"residency\":{\"status\":\"AWAY\"}}")), "en");

        assertEquals(400, response.getStatus());
        ErrorResponse.FieldError field = body(response).fields().get(0);
        assertEquals("residency.status", field.field());
        assertEquals("INVALID_VALUE", field.code());
        assertEquals("This value is not right. It must be one of: RESIDENT, AWAY_SEASONAL, AWAY_LONG_TERM.",
                field.message());
    }

    @Test
    public void badDateAndWrongTypeAreInvalidValues() {
        ErrorResponse date = body(errors.of(parse("{\"birthDate\":\"1950-13-01\"}"), null));
        ErrorResponse list = body(errors.of(parse("{\"specialties\":{\"a\":1}}"), null));

        assertEquals("birthDate", date.fields().get(0).field());
        assertEquals("INVALID_VALUE", date.fields().get(0).code());
        assertEquals("填写的值不对，请检查。", date.fields().get(0).message());
        assertEquals("specialties", list.fields().get(0).field());
        assertEquals("INVALID_VALUE", list.fields().get(0).code());
    }

    @Test
    public void brokenJsonIsMalformed() {
        Response response = errors.of(new BadRequestException(parse("{\"name\": \"张")), null);

        assertEquals(400, response.getStatus());
        assertEquals("MALFORMED_JSON", body(response).code());
        assertEquals(List.of(), body(response).fields());
    }

    @Test
    public void jaxRsExceptionsGetTheirOwnCodes() {
        Response notAllowed = errors.of(new NotAllowedException("GET", new String[] {"PUT"}), "en");

        assertEquals(404, errors.of(new NotFoundException(), null).getStatus());
        assertEquals("NOT_FOUND", body(errors.of(new NotFoundException(), null)).code());
        assertEquals(405, notAllowed.getStatus());
        assertEquals("METHOD_NOT_ALLOWED", body(notAllowed).code());
        assertTrue(notAllowed.getHeaderString(HttpHeaders.ALLOW).contains("PUT"));
        assertEquals("UNSUPPORTED_MEDIA_TYPE", body(errors.of(new NotSupportedException(), null)).code());
        assertEquals(415, errors.of(new NotSupportedException(), null).getStatus());
    }

    @Test
    public void bodyOverTheLimitIs413WithTheLimit() {
        Response response = errors.of(new BadRequestException(new PayloadTooLargeException(1048576)), null);

        assertEquals(413, response.getStatus());
        assertEquals("PAYLOAD_TOO_LARGE", body(response).code());
        assertEquals("提交的内容太大（最多 1 MB），请减少内容后再试。", body(response).message());
    }

    @Test
    public void unexpectedFailureIs500WithAnIncidentNumberAndNoDetails() {
        Response response = errors.of(new IllegalStateException("secret detail"), "en");

        assertEquals(500, response.getStatus());
        ErrorResponse body = body(response);
        assertEquals("INTERNAL_ERROR", body.code());
        assertTrue(body.message(), body.message().matches(".*give them the number [0-9a-f]{8}\\.$"));
        assertTrue(!body.message().contains("secret"));
    }

    @Test
    public void serviceExceptionWrappedByAnotherLayerIsStillFound() {
        RuntimeException wrapped = new RuntimeException(new RuntimeException(ServiceException.conflict("STALE_VERSION")));

        Response response = errors.of(wrapped, null);

        assertEquals(409, response.getStatus());
        assertEquals("STALE_VERSION", body(response).code());
    }

    @Test
    public void codeWithoutMessageFallsBackToItsStatus() {
        ErrorResponse body = body(errors.of(ServiceException.conflict("SOMETHING_NEW"), null));

        assertEquals("SOMETHING_NEW", body.code());
        assertEquals("这次操作与已有的数据冲突，请刷新页面后再试。", body.message());
    }

    @Test
    public void unauthorizedChallengesOnlyWhenAsked() {
        Response basic = errors.unauthorized(null, true);
        Response bearer = errors.unauthorized("en", false);

        assertEquals(401, basic.getStatus());
        assertEquals("Basic realm=\"Silverbranch\", charset=\"UTF-8\"", basic.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        assertEquals("UNAUTHORIZED", body(basic).code());
        assertNull(bearer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        assertTrue(body(bearer).message().startsWith("Please log in."));
    }

    @Test
    public void readableSizes() {
        assertEquals("1 MB", ErrorResponses.readableSize(1048576));
        assertEquals("512 KB", ErrorResponses.readableSize(524288));
        assertEquals("1000 B", ErrorResponses.readableSize(1000));
    }

    private Throwable parse(String json) {
        try {
            mapper.readValue(json, Member.class);
        } catch (Exception e) {
            return e;
        }
        fail("expected a parse error for " + json);
        return null;
    }

    private static ErrorResponse body(Response response) {
        assertNotNull(response.getEntity());
        return (ErrorResponse) response.getEntity();
    }
}
