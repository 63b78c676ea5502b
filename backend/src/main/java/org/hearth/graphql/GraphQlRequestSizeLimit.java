package org.hearth.graphql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code POST /graphql} body larger than the limit with 413 and a GraphQL error, before anything parses
 * it: at once when its {@code Content-Length} says so, otherwise (a chunked body) after reading one byte more than
 * the limit. Runs before Spring Security, so nothing upstream reads an oversized body either.
 */
final class GraphQlRequestSizeLimit extends OncePerRequestFilter {

	private final int maxBytes;

	private final String refusal;

	GraphQlRequestSizeLimit(DataSize maxSize) {
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, maxSize.toBytes());
		String message = "The request body is larger than %s, the most allowed. Send a smaller query with fewer variables."
			.formatted(describe(maxSize));
		this.refusal = "{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}";
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response);
			return;
		}
		if (declared >= 0) {
			// The container reads no more than the declared length.
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getWriter().write(this.refusal);
	}

	private static String describe(DataSize size) {
		long bytes = size.toBytes();
		return (bytes % 1024 == 0) ? (bytes / 1024) + " KB" : bytes + " bytes";
	}

	/** The request with its body already read into memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

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
					throw new UnsupportedOperationException("The body has already been read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
