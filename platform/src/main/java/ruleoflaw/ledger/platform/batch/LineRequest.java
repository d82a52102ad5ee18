package ruleoflaw.ledger.platform.batch;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.web.util.UriUtils;

/**
 * One line of a batch as the request the line would have been on its own: its method, path, query, headers and JSON
 * body; everything else (the caller, the connection) the batch's. Its attributes are its own, so that what Spring
 * keeps for a request (the matched handler, the parsed path) is kept per line.
 */
final class LineRequest extends HttpServletRequestWrapper {

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final byte[] body;
    private final Map<String, Object> attributes = new HashMap<>();

    /**
     * {@code path}: decoded, as the servlet sees it; {@code query}: the parameters (a department); {@code headers}: those
     * of the line (Idempotency-Key, Record-Id), besides the batch's Authorization; {@code body}: JSON, or null.
     */
    LineRequest(HttpServletRequest batch, String method, String path, Map<String, String> query,
            Map<String, String> headers, byte[] body) {
        super(batch);
        this.method = method;
        this.path = path;
        this.query = new LinkedHashMap<>(query);
        String authorization = batch.getHeader("Authorization");
        if (authorization != null) {
            this.headers.put("Authorization", authorization);
        }
        String correlation = batch.getHeader("X-Request-Id");
        if (correlation != null) {
            this.headers.put("X-Request-Id", correlation);
        }
        this.headers.put("Accept", "application/json");
        if (body != null) {
            this.headers.put("Content-Type", "application/json");
        }
        this.headers.putAll(headers);
        this.body = body == null ? new byte[0] : body;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getRequestURI() {
        return UriUtils.encodePath(path, StandardCharsets.UTF_8);
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
        int port = getServerPort();
        if (port > 0 && !(port == 80 && "http".equals(getScheme())) && !(port == 443 && "https".equals(getScheme()))) {
            url.append(':').append(port);
        }
        return url.append(getRequestURI());
    }

    @Override
    public String getContextPath() {
        return "";
    }

    @Override
    public String getServletPath() {
        return path;
    }

    @Override
    public String getPathInfo() {
        return null;
    }

    @Override
    public String getQueryString() {
        if (query.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        query.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=')
                .append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    @Override
    public String getParameter(String name) {
        return query.get(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> map = new LinkedHashMap<>();
        query.forEach((name, value) -> map.put(name, new String[] {value}));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(query.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String value = query.get(name);
        return value == null ? null : new String[] {value};
    }

    @Override
    public String getHeader(String name) {
        return headers.get(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String value = headers.get(name);
        return Collections.enumeration(value == null ? List.of() : List.of(value));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(headers.keySet());
    }

    @Override
    public int getIntHeader(String name) {
        String value = headers.get(name);
        return value == null ? -1 : Integer.parseInt(value);
    }

    @Override
    public long getDateHeader(String name) {
        return -1;
    }

    @Override
    public String getContentType() {
        return headers.get("Content-Type");
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getCharacterEncoding() {
        return StandardCharsets.UTF_8.name();
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] bytes, int offset, int length) {
                return in.read(bytes, offset, length);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(List.copyOf(attributes.keySet()));
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public DispatcherType getDispatcherType() {
        return DispatcherType.REQUEST;
    }
}
