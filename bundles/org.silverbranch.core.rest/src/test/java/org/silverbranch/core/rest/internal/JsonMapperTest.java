package org.silverbranch.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

public class JsonMapperTest {

    private final ObjectMapper mapper = JsonMapper.create();

    @Test
    public void markupInTextLeavesEscapedAndReadsBackUnchanged() throws Exception {
        String script = "<script>alert('x')</script> & '; DROP TABLE sb_member; --";
        String json = mapper.writeValueAsString(Map.of("name", script));

        assertFalse(json, json.contains("<"));
        assertFalse(json, json.contains(">"));
        assertFalse(json, json.contains("'"));
        assertEquals("{\"name\":\"\\u003Cscript\\u003Ealert(\\u0027x\\u0027)\\u003C/script\\u003E \\u0026 \\u0027;"
                + " DROP TABLE sb_member; --\"}", json);
        assertEquals(script, mapper.readTree(json).path("name").asText());
    }

    @Test
    public void chineseStaysReadable() throws Exception {
        assertEquals("{\"name\":\"王秀兰\"}", mapper.writeValueAsString(Map.of("name", "王秀兰")));
    }
}
