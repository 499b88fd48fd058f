namespace Ektu.Qa.Identity.Security;

/// <summary>
/// "Authentication" configuration: our own issuer for API-client tokens, and the university portal's identity
/// provider whose tokens the API accepts (issuer, audience, and a metadata address or a signing key).
/// </summary>
internal sealed class JwtSettings
{
    public string Issuer { get; set; } = "ektu-qa";
    public string Audience { get; set; } = "ektu-qa-api";

    /// <summary>HS256 key for API-client tokens; generated into App_Data when empty.</summary>
    public string? SigningKey { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 60;

    public PortalSettings Portal { get; set; } = new();

    internal sealed class PortalSettings
    {
        public string? Issuer { get; set; }
        public string? Audience { get; set; }
        public string? MetadataAddress { get; set; }
        public string? SigningKey { get; set; }

        /// <summary>Off only for a provider on loopback (tests, a development portal): metadata is fetched over HTTPS.</summary>
        public bool RequireHttpsMetadata { get; set; } = true;

        /// <summary>
        /// How soon after the last fetch a token signed by an unknown key makes the metadata be read again, so that a
        /// rotated key is picked up without a restart; JwtBearer's own default is 5 minutes.
        /// </summary>
        public int MetadataRefreshSeconds { get; set; } = 30;

        /// <summary>The claim holding the local user name.</summary>
        public string UserNameClaim { get; set; } = "preferred_username";

        /// <summary>
        /// A valid token of a person without a local account creates one from its claims (just-in-time provisioning) when
        /// true; otherwise such a token is refused.
        /// </summary>
        public bool ProvisionUsers { get; set; }

        /// <summary>The claim holding the person's id in the university's systems (the sync's external id).</summary>
        public string ExternalIdClaim { get; set; } = "sub";

        public string NameClaim { get; set; } = "name";

        public string EmailClaim { get; set; } = "email";

        /// <summary>The claim naming the person's unit by its external id or code; without it nobody is provisioned.</summary>
        public string UnitClaim { get; set; } = "unit";

        /// <summary>The claim saying "Staff" or "Student" (Staff when absent).</summary>
        public string KindClaim { get; set; } = "kind";

        public string PositionClaim { get; set; } = "position";

        public bool Enabled => !string.IsNullOrEmpty(Issuer) && (!string.IsNullOrEmpty(MetadataAddress) || !string.IsNullOrEmpty(SigningKey));
    }
}
