using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Kernel.Tests.Web;

public sealed class FeatureEndpointsTests
{
    private sealed record Thing(int Id);

    [Fact]
    public async Task MapFeature_Should_PrefixTagAndRequireSignIn_When_EndpointsAreMappedInIt()
    {
        await using var app = WebApplication.CreateBuilder().Build();
        var feature = app.MapFeature("/api/x/things", "X.Things");
        feature.MapGet("/{id:int}", (int id) => id);
        feature.MapPost("/open", () => 1).AllowAnonymous();

        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .ToDictionary(e => e.RoutePattern.RawText!);
        var get = endpoints["/api/x/things/{id:int}"].Metadata;
        get.GetMetadata<ITagsMetadata>()!.Tags.ShouldBe(["X.Things"]);
        get.GetMetadata<IAuthorizeData>().ShouldNotBeNull();
        get.GetMetadata<IAllowAnonymous>().ShouldBeNull();
        endpoints["/api/x/things/open"].Metadata.GetMetadata<IAllowAnonymous>().ShouldNotBeNull();
    }

    [Fact]
    public async Task Created_Should_AnswerTheRecordAndItsLocation_When_CreationSucceeds()
    {
        var result = await Task.FromResult(new Thing(7)).Created(t => $"/api/x/things/{t.Id}");
        var created = result.ShouldBeOfType<Created<Thing>>();
        created.Location.ShouldBe("/api/x/things/7");
        created.Value.ShouldBe(new Thing(7));
    }

    [Fact]
    public async Task NoContent_Should_AnswerOnlyAfterTheCommand_When_ItSucceedsOrFails()
    {
        (await Task.CompletedTask.NoContent()).ShouldBeOfType<NoContent>();
        await Should.ThrowAsync<InvalidOperationException>(() => Task.FromException(new InvalidOperationException()).NoContent());
    }
}
