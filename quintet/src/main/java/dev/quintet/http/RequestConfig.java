package dev.quintet.http;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings a request needs to parse and validate itself, taken from the site's settings once
 * at start-up: allowed hosts, the proxy's HTTPS header and the upload limits.
 *
 * @param allowedHosts {@code ALLOWED_HOSTS}: exact names, {@code .example.com} for a domain and its
 *     subdomains, {@code *} for any
 * @param debug {@code DEBUG}: when on and {@code allowedHosts} is empty, local hosts are allowed
 *     as in Django
 * @param secureProxyHeader {@code SECURE_PROXY_SSL_HEADER} name (e.g. {@code X-Forwarded-Proto}) or
 *     {@code null}
 * @param secureProxyValue the value of that header meaning HTTPS (e.g. {@code https})
 * @param dataUploadMaxMemorySize {@code DATA_UPLOAD_MAX_MEMORY_SIZE} in bytes, files excluded;
 *     negative for no limit
 * @param dataUploadMaxNumberFields {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}; negative for no limit
 * @param dataUploadMaxNumberFiles {@code DATA_UPLOAD_MAX_NUMBER_FILES}; negative for no limit
 * @param fileUploadMaxMemorySize {@code FILE_UPLOAD_MAX_MEMORY_SIZE}: larger files spool to disk
 * @param fileUploadTempDir where spooled uploads go ({@code null}: the system temp dir)
 * @param useXForwardedHost {@code USE_X_FORWARDED_HOST}: take the host from
 *     {@code X-Forwarded-Host} when present
 * @param useXForwardedPort {@code USE_X_FORWARDED_PORT}: take the port from
 *     {@code X-Forwarded-Port} when present
 */
public record RequestConfig(List<String> allowedHosts, boolean debug, String secureProxyHeader,
                            String secureProxyValue, long dataUploadMaxMemorySize,
                            int dataUploadMaxNumberFields, int dataUploadMaxNumberFiles,
                            long fileUploadMaxMemorySize, Path fileUploadTempDir,
                            boolean useXForwardedHost, boolean useXForwardedPort) {

    /** Django's defaults: 2.5 MB, 1000 fields, 100 files, 2.5 MB in memory per file. */
    public static final long DEFAULT_MAX_MEMORY = 2_621_440;

    public RequestConfig {
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** A configuration that does not trust {@code X-Forwarded-Host} or {@code X-Forwarded-Port}. */
    public RequestConfig(List<String> allowedHosts, boolean debug, String secureProxyHeader,
                         String secureProxyValue, long dataUploadMaxMemorySize,
                         int dataUploadMaxNumberFields, int dataUploadMaxNumberFiles,
                         long fileUploadMaxMemorySize, Path fileUploadTempDir) {
        this(allowedHosts, debug, secureProxyHeader, secureProxyValue, dataUploadMaxMemorySize,
                dataUploadMaxNumberFields, dataUploadMaxNumberFiles, fileUploadMaxMemorySize,
                fileUploadTempDir, false, false);
    }

    /** Django's defaults with the given allowed hosts, not in debug. */
    public static RequestConfig defaults(List<String> allowedHosts) {
        return new RequestConfig(allowedHosts, false, null, null, DEFAULT_MAX_MEMORY, 1000, 100,
                DEFAULT_MAX_MEMORY, null);
    }

    /** This configuration with other {@code ALLOWED_HOSTS}. */
    public RequestConfig withAllowedHosts(String... hosts) {
        return new RequestConfig(List.of(hosts), debug, secureProxyHeader, secureProxyValue,
                dataUploadMaxMemorySize, dataUploadMaxNumberFields, dataUploadMaxNumberFiles,
                fileUploadMaxMemorySize, fileUploadTempDir, useXForwardedHost, useXForwardedPort);
    }

    /** This configuration with {@code DEBUG} set. */
    public RequestConfig withDebug(boolean on) {
        return new RequestConfig(allowedHosts, on, secureProxyHeader, secureProxyValue,
                dataUploadMaxMemorySize, dataUploadMaxNumberFields, dataUploadMaxNumberFiles,
                fileUploadMaxMemorySize, fileUploadTempDir, useXForwardedHost, useXForwardedPort);
    }

    /** This configuration with {@code SECURE_PROXY_SSL_HEADER = (header, value)}. */
    public RequestConfig withSecureProxySslHeader(String header, String value) {
        return new RequestConfig(allowedHosts, debug, header, value,
                dataUploadMaxMemorySize, dataUploadMaxNumberFields, dataUploadMaxNumberFiles,
                fileUploadMaxMemorySize, fileUploadTempDir, useXForwardedHost, useXForwardedPort);
    }

    /** This configuration with other upload limits (negative: no limit). */
    public RequestConfig withUploadLimits(long maxMemorySize, int maxNumberFields, int maxNumberFiles) {
        return new RequestConfig(allowedHosts, debug, secureProxyHeader, secureProxyValue,
                maxMemorySize, maxNumberFields, maxNumberFiles,
                fileUploadMaxMemorySize, fileUploadTempDir, useXForwardedHost, useXForwardedPort);
    }

    /** This configuration spooling files larger than {@code maxMemorySize} to {@code tempDir}. */
    public RequestConfig withFileUpload(long maxMemorySize, Path tempDir) {
        return new RequestConfig(allowedHosts, debug, secureProxyHeader, secureProxyValue,
                dataUploadMaxMemorySize, dataUploadMaxNumberFields, dataUploadMaxNumberFiles,
                maxMemorySize, tempDir, useXForwardedHost, useXForwardedPort);
    }

    /** This configuration trusting (or not) {@code X-Forwarded-Host} and {@code X-Forwarded-Port}. */
    public RequestConfig withForwardedHeaders(boolean host, boolean port) {
        return new RequestConfig(allowedHosts, debug, secureProxyHeader, secureProxyValue,
                dataUploadMaxMemorySize, dataUploadMaxNumberFields, dataUploadMaxNumberFiles,
                fileUploadMaxMemorySize, fileUploadTempDir, host, port);
    }
}
