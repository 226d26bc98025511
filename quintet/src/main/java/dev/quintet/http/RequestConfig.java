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
 */
public record RequestConfig(List<String> allowedHosts, boolean debug, String secureProxyHeader,
                            String secureProxyValue, long dataUploadMaxMemorySize,
                            int dataUploadMaxNumberFields, int dataUploadMaxNumberFiles,
                            long fileUploadMaxMemorySize, Path fileUploadTempDir) {

    /** Django's defaults: 2.5 MB, 1000 fields, 100 files, 2.5 MB in memory per file. */
    public static final long DEFAULT_MAX_MEMORY = 2_621_440;

    public RequestConfig {
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** Django's defaults with the given allowed hosts, not in debug. */
    public static RequestConfig defaults(List<String> allowedHosts) {
        return new RequestConfig(allowedHosts, false, null, null, DEFAULT_MAX_MEMORY, 1000, 100,
                DEFAULT_MAX_MEMORY, null);
    }
}
