package org.linkwork.interop.web;

/**
 * How deeply a JSON or XML document nests, read in one pass without parsing it, so that a document
 * meant to exhaust the parser is refused before any parser sees it.
 */
final class Nesting {

    private Nesting() {
    }

    static int depth(byte[] body) {
        int start = 0;
        while (start < body.length && (Character.isWhitespace(body[start]) || (body[start] & 0xFF) >= 0x80)) {
            start++; // white space and a byte-order mark
        }
        return start < body.length && body[start] == '<' ? xmlDepth(body, start) : jsonDepth(body, start);
    }

    private static int jsonDepth(byte[] body, int start) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = start; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /** Elements opened and not yet closed; comments, processing instructions and declarations do not count. */
    private static int xmlDepth(byte[] body, int start) {
        int depth = 0;
        int deepest = 0;
        for (int i = start; i < body.length - 1; i++) {
            if (body[i] != '<') {
                continue;
            }
            byte next = body[i + 1];
            if (next == '/') {
                depth--;
            } else if (next != '!' && next != '?') {
                int end = i + 1;
                while (end < body.length && body[end] != '>') {
                    end++;
                }
                if (end < body.length && body[end - 1] != '/') {
                    deepest = Math.max(deepest, ++depth);
                }
                i = end;
            }
        }
        return deepest;
    }
}
