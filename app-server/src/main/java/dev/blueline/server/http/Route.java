package dev.blueline.server.http;

/**
 * One API route.
 *
 * @param signedIn whether a valid access token is required before the endpoint runs
 */
public record Route(String method, PathTemplate path, boolean signedIn, Endpoint endpoint) {

    @FunctionalInterface
    public interface Endpoint {
        Reply handle(Exchange exchange) throws Exception;
    }

    public static Route open(String method, String path, Endpoint e) {
        return new Route(method, PathTemplate.of(path), false, e);
    }

    public static Route signedIn(String method, String path, Endpoint e) {
        return new Route(method, PathTemplate.of(path), true, e);
    }
}
