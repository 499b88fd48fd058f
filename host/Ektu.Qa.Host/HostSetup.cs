using Ektu.Qa.Host.OpenApi;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Ektu.Qa.Host;

/// <summary>The host's own services and pipeline; modules add theirs through AddQaModules.</summary>
internal static class HostSetup
{
    public static void AddQaHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddQaObservability();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AuthorizeAreaFolder("Identity", "/");
            o.Conventions.AuthorizeAreaFolder("QualityPolicy", "/");
            o.Conventions.AuthorizeAreaFolder("QaCommission", "/");
            o.Conventions.AuthorizeAreaFolder("Workflow", "/");
            o.Conventions.AuthorizeAreaFolder("Reporting", "/");
            o.Conventions.AllowAnonymousToAreaPage("Identity", "/Account/Login");
            o.Conventions.AllowAnonymousToAreaPage("Identity", "/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
        }).AddViewLocalization().AddDataAnnotationsLocalization();
        // Required-field errors come localized from the app services; MVC's implicit English ones would duplicate them.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.AddAuthorization();
        // Kazakh and Russian text is written as is, not as &#x…; entities.
        services.AddWebEncoders(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddOpenApi("v1", o =>
        {
            o.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1;
            o.AddDocumentTransformer<SecuritySchemesTransformer>();
            o.AddOperationTransformer<OperationSecurityTransformer>();
            o.AddSchemaTransformer<ConvertedTypesSchemaTransformer>();
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins(builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [])
            .AllowAnyHeader().AllowAnyMethod()));
    }

    /// <summary>Migrations (when configured at start) and seed data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStart) await app.Services.GetRequiredService<MigrationRunner>().RunAsync();
        await DataSeeder.SeedAsync(app.Services, options.SeedDemoData);
    }

    public static void UseQaHost(this WebApplication app)
    {
        app.UseQaWebSecurity(app.Configuration);
        app.UseQaMetrics();
        // Culture first, so that error responses are localized too.
        app.UseQaLocalization(app.Configuration);
        app.UseQaExceptionHandler();
        app.UseQaRequestLimits();
        app.UseQaStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseQaAntiforgery();
        app.UseQaUnitOfWork();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapQaMetrics();
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Ektu.Qa API v1");
            o.RoutePrefix = "swagger";
        });
        app.MapGet("/culture/{lang}", (string lang, string? returnUrl, HttpContext http) =>
        {
            var culture = QaApplicationBuilderExtensions.CultureFor(lang);
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(QaApplicationBuilderExtensions.LocalUrlOrRoot(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription(); // the pages' language switcher, not part of the API
        app.MapQaEndpoints();
        app.MapRazorPages();
    }
}
