package be.brugwerk.system;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The address people reach Brugwerk at ({@code BRUGWERK_PUBLIC_URL}), the base of every absolute link it hands
 * out (invitations, password resets). Never taken from a request: its {@code Host} and {@code X-Forwarded-Host}
 * headers are chosen by whoever sends it.
 */
public final class PublicUrl {

    private final Supplier<String> base;

    PublicUrl(Supplier<String> base) {
        this.base = base;
    }

    /** A configured address: absolute http(s), with a host, without query or fragment. */
    static PublicUrl configured(String address) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("BRUGWERK_PUBLIC_URL is not a valid address: " + address, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalStateException("BRUGWERK_PUBLIC_URL must be an http(s) address with a host and nothing "
                    + "after the path, for example https://brugwerk.example.org; it is: " + address);
        }
        String normalised = uri.toString().replaceAll("/+$", "");
        return new PublicUrl(() -> normalised);
    }

    /** The absolute address of a path of this application, e.g. {@code /activate?token=...}. */
    public String of(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path of this application starts with /: " + path);
        }
        return base.get() + path;
    }

    @Override
    public String toString() {
        return base.get();
    }
}
