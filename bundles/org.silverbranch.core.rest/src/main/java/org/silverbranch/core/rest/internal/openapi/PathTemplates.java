package org.silverbranch.core.rest.internal.openapi;

import java.util.ArrayList;
import java.util.List;

/** JAX-RS path templates as OpenAPI writes them: joined with single slashes, {@code {id: [0-9]+}} as {@code {id}}. */
final class PathTemplates {

    private PathTemplates() {
    }

    /** Joins path parts with single slashes; the result starts with a slash and never ends with one. */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            for (String segment : withoutRegex(part == null ? "" : part).split("/")) {
                if (!segment.isEmpty()) {
                    path.append('/').append(segment);
                }
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    /** The template variable names in order of appearance. */
    static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            names.add(template.substring(open + 1, close).strip());
            open = template.indexOf('{', close);
        }
        return names;
    }

    /** Drops the regular expressions of template variables; a regex may itself contain braces. */
    static String withoutRegex(String template) {
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                result.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            StringBuilder name = new StringBuilder();
            boolean inName = true;
            for (; end < template.length(); end++) {
                char d = template.charAt(end);
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    break;
                } else if (depth == 1 && d == ':') {
                    inName = false;
                } else if (inName && depth == 1) {
                    name.append(d);
                }
            }
            result.append('{').append(name.toString().strip()).append('}');
            i = end + 1;
        }
        return result.toString();
    }
}
