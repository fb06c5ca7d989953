package be.brugwerk.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Gives a file asked for by its content-hashed name ({@code brugwerk-<md5>.css}) a long, immutable
 * {@code Cache-Control}: that name never points at other content. The {@code VersionResourceResolver} after it in
 * the chain has already checked that the hash is the content's; a file asked for by its plain name keeps the
 * handler's revalidating {@code Cache-Control}. The resource handler writes an {@link HttpResource}'s headers
 * after its own, so this one wins.
 */
final class ImmutableWhenHashed extends AbstractResourceResolver {

    private final CacheControl cacheControl;

    ImmutableWhenHashed(CacheControl cacheControl) {
        this.cacheControl = cacheControl;
    }

    @Override
    protected Resource resolveResourceInternal(
            HttpServletRequest request,
            String requestPath,
            List<? extends Resource> locations,
            ResourceResolverChain chain) {
        Resource resource = chain.resolveResource(request, requestPath, locations);
        if (resource == null || StringUtils.getFilename(requestPath).equals(resource.getFilename())) {
            return resource; // absent, or asked for by its plain name
        }
        return new Hashed(resource, cacheControl);
    }

    @Override
    protected String resolveUrlPathInternal(
            String resourceUrlPath, List<? extends Resource> locations, ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    /** The resolved file as it is, with the headers it came with (its ETag) and the immutable Cache-Control. */
    private static final class Hashed extends AbstractResource implements HttpResource {

        private final Resource file;
        private final HttpHeaders headers = new HttpHeaders();

        Hashed(Resource file, CacheControl cacheControl) {
            this.file = file;
            if (file instanceof HttpResource http) {
                headers.putAll(http.getResponseHeaders());
            }
            headers.setCacheControl(cacheControl);
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            return headers;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return file.getInputStream();
        }

        @Override
        public boolean exists() {
            return file.exists();
        }

        @Override
        public boolean isReadable() {
            return file.isReadable();
        }

        @Override
        public URL getURL() throws IOException {
            return file.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return file.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return file.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return file.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return file.lastModified();
        }

        @Override
        public Resource createRelative(String relativePath) throws IOException {
            return file.createRelative(relativePath);
        }

        @Override
        public String getFilename() {
            return file.getFilename();
        }

        @Override
        public String getDescription() {
            return file.getDescription();
        }
    }
}
