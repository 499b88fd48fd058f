using System.Reflection;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Input;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>
/// Query and route values of API endpoints (plain parameters and <c>[AsParameters]</c> records) pass the same checks as
/// JSON bodies: the framework parses a query date with <c>DateOnly.TryParse</c>, which takes 9999-12-31.
/// </summary>
internal static class InputCheckingEndpointFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        var checks = parameters.Select(Checks).ToArray();
        if (checks.All(c => c.Count == 0)) return next;
        return invocation =>
        {
            var errors = new Check();
            for (var i = 0; i < checks.Length && i < invocation.Arguments.Count; i++)
                foreach (var (field, read) in checks[i])
                    if (InputChecks.ErrorOf(read(invocation.Arguments[i])) is { } code) errors.Add(field, code);
            errors.ThrowIfAny();
            return next(invocation);
        };
    }

    private static List<(string Field, Func<object?, object?> Read)> Checks(ParameterInfo p)
    {
        if (InputChecks.IsChecked(p.ParameterType)) return [(p.Name ?? "", v => v)];
        if (p.GetCustomAttribute<AsParametersAttribute>() == null) return [];
        return p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(x => x.CanRead && InputChecks.IsChecked(x.PropertyType))
            .Select(x => (x.Name, (Func<object?, object?>)(v => v == null ? null : x.GetValue(v))))
            .ToList();
    }
}
