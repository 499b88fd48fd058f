using System.Security.Claims;
using Ektu.Qa.Identity.ApiClients;
using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.Data;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Identity.Web;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Ektu.Qa.Identity;

/// <summary>Users, roles, organisation units, permission grants, API clients, sign-in, audit-log and settings pages.</summary>
[DependsOn(typeof(KernelModule))]
public sealed class IdentityModule : IQaModule
{
    /// <summary>The scheme that picks bearer tokens for API calls and the cookie for pages.</summary>
    public const string SmartScheme = "qa";

    private const string PortalScheme = "portal";

    public string Name => IdentityContractsModule.ModuleName;

    public string TablePrefix => "id_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPermissionDefinitionProvider, IdentityPermissionDefinitionProvider>();
        services.AddSingleton<IMenuContributor, IdentityMenuContributor>();
        services.AddSingleton(new SettingDefinition(SignInService.MaxFailedSetting, "5", SettingKind.Integer, 1, 100));
        services.AddSingleton(new SettingDefinition(SignInService.LockoutMinutesSetting, "15", SettingKind.Integer, 1, 1440));

        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<GrantCache>();
        services.AddSingleton<UserSummaryCache>();
        services.AddSingleton<UnitListCache>();
        services.AddSingleton<IPermissionChecker, PermissionChecker>();
        services.AddScoped<IOrganizationScope, OrganizationScope>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<SessionRepository>();
        services.AddScoped<TokenService>();
        services.AddScoped<OrganizationUnitRepository>();
        services.AddScoped<UserRepository>();
        services.AddScoped<RoleRepository>();
        services.AddScoped<IDataSeedContributor, IdentityDataSeeder>();
        services.AddSingleton<IEndpointContributor, TokenApi>();
        services.AddSingleton<IEndpointContributor, UsersApi>();
        services.AddSingleton<IEndpointContributor, RolesApi>();
        services.AddSingleton<IEndpointContributor, OrganizationUnitsApi>();
        services.AddSingleton<IEndpointContributor, AuditLogApi>();
        services.AddSingleton<IEndpointContributor, ApiClientsApi>();
        services.AddScoped<IOrganizationUnitAppService, OrganizationUnitAppService>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<IRoleAppService, RoleAppService>();
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
        services.AddScoped<IApiClientAppService, ApiClientAppService>();
        services.AddScoped<IIdentityIntegrationService, IdentityIntegrationService>();
        services.AddScoped<IUnitDirectory, UnitDirectory>();
        services.AddSync();

        AddAuthentication(builder);
        // Sign-in attempts are counted by LoginThrottle (POSTs per account and per client IP); the host's rate limiter stays
        // for other policies.
        services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
    }

    private static void AddAuthentication(WebApplicationBuilder builder)
    {
        var jwt = builder.Configuration.GetSection("Authentication").Get<JwtSettings>() ?? new JwtSettings();
        builder.Services.AddSingleton(jwt);
        builder.Services.AddSingleton<ApiSigningKey>();
        // After AddJwtBearer's own configuration, which replaces the validation parameters.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure<ApiSigningKey>((o, key) =>
            o.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => [key.Key]);

        var auth = builder.Services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = ctx =>
            {
                var header = ctx.Request.Headers.Authorization.ToString();
                if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return CookieAuthenticationDefaults.AuthenticationScheme;
                return jwt.Portal.Enabled && !IsOwnToken(header[7..], jwt.Issuer) ? PortalScheme : JwtBearerDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.LoginPath = "/Identity/Account/Login";
                o.LogoutPath = "/Identity/Account/Logout";
                o.AccessDeniedPath = "/Identity/Account/AccessDenied";
                o.Cookie.Name = "ektu-qa.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = CookieSessionValidator.ValidateAsync;
            })
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    NameClaimType = "name",
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
        if (jwt.Portal.Enabled)
        {
            auth.AddJwtBearer(PortalScheme, o =>
            {
                o.MapInboundClaims = false;
                if (!string.IsNullOrEmpty(jwt.Portal.MetadataAddress)) o.MetadataAddress = jwt.Portal.MetadataAddress;
                o.RequireHttpsMetadata = jwt.Portal.RequireHttpsMetadata;
                o.RefreshInterval = TimeSpan.FromSeconds(Math.Max(1, jwt.Portal.MetadataRefreshSeconds));
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Portal.Issuer,
                    ValidAudience = jwt.Portal.Audience,
                    ValidateAudience = !string.IsNullOrEmpty(jwt.Portal.Audience),
                    IssuerSigningKey = string.IsNullOrEmpty(jwt.Portal.SigningKey) ? null
                        : new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(jwt.Portal.SigningKey)),
                    NameClaimType = jwt.Portal.UserNameClaim,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
                o.Events = new JwtBearerEvents { OnTokenValidated = ctx => PortalUser.MapAsync(ctx, jwt.Portal) };
            });
        }
    }

    /// <summary>API callers get a status code, not a redirect to the login page.</summary>
    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsOwnToken(string token, string issuer)
    {
        try
        {
            return new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Issuer == issuer;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
