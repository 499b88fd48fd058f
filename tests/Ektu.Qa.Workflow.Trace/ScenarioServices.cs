using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine;

namespace Ektu.Qa.Workflow.Trace;

/// <summary>Service handlers stubbed from the scenario's <c>services</c>: set/increment/append, then optionally a BPMN error.</summary>
public sealed class ScenarioServices(JsonObject specs) : IServiceTaskInvoker
{
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);

    public ValueTask<ServiceResult> InvokeAsync(ServiceCall call, CancellationToken ct)
    {
        var n = _calls.GetValueOrDefault(call.Service);
        _calls[call.Service] = n + 1;
        var spec = specs[call.Service];
        if (spec is JsonArray arr) spec = arr.Count == 0 ? null : arr[Math.Min(n, arr.Count - 1)];
        var changes = VariableChanges.Compute(call.Variables, spec as JsonObject);
        var error = (spec as JsonObject)?["error"];
        if (error is not null)
        {
            var message = (spec as JsonObject)?["message"]?.GetValue<string>() ?? $"service {call.Service} failed";
            var code = error is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>()
                : error.ToJsonString();
            return ValueTask.FromResult(new ServiceResult { Set = changes, ErrorCode = code, ErrorMessage = message });
        }
        return ValueTask.FromResult(new ServiceResult { Set = changes });
    }
}
