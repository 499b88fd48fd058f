using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Kernel.Web;

/// <summary>A module's minimal-API endpoints; the host maps every contributor after routing is set up.</summary>
public interface IEndpointContributor
{
    void Map(IEndpointRouteBuilder app);
}
