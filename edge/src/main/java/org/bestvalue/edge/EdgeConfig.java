package org.bestvalue.edge;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

/** The edge's settings: where the built app is and where each service behind /api/&lt;name&gt; answers. */
@ConfigMapping(prefix = "bv.edge")
public interface EdgeConfig {

    /** Folder of the built single-page app (index.html, static/, assets/). */
    String webDir();

    /**
     * Service name (the segment after /api/) to its base URL, e.g. assessment → http://localhost:8081, or to the
     * comma-separated URLs of its instances (http://localhost:8081,http://localhost:8091), balanced round robin.
     */
    Map<String, String> upstream();

    int connectTimeout();

    int idleTimeout();

    /** Seconds an instance that refused a connection is left out of the rotation (passive health). */
    @io.smallrye.config.WithDefault("10")
    int downFor();
}
