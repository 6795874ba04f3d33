// The models and the client of this target are generated at build time by Specsmith's
// build-tool plugin from openapi.yaml (see specsmith-config.yaml). Hand-written additions,
// like this one, live beside them.

extension PictifyClient {
    /// A client for the production API, authenticated with a Pictify API key.
    public static func production(apiKey: String) -> PictifyClient {
        PictifyClient(auth: .bearer(apiKey))
    }
}
