package org.linkwork.interop.web;

/**
 * Whether a JSON body writes a control character (other than tab, line feed and carriage return) as an
 * escape such as {@code \u0000}. FHIR strings may not hold them, and no database column takes a NUL;
 * written raw they are not JSON at all, and XML does not allow them either way, so the parsers refuse those.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean escapedIn(byte[] body) {
        for (int i = 0; i + 5 < body.length; i++) {
            if (body[i] != '\\') {
                continue;
            }
            if (body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0' && (body[i + 4] == '0' || body[i + 4] == '1')) {
                int low = Character.digit(body[i + 5], 16);
                int code = (body[i + 4] - '0') * 16 + low;
                if (low >= 0 && code != '\t' && code != '\n' && code != '\r') {
                    return true;
                }
            }
            i++; // the escaped character, so that "\\u0000" (a backslash, then text) is not taken for an escape
        }
        return false;
    }
}
