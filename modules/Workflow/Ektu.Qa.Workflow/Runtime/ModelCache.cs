using System.Collections.Concurrent;
using Ektu.Qa.Workflow.Engine;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Parsed models by definition version id. A published version never changes, so a parsed model is kept for the
/// life of the process; parsing (and checking every expression) happens once per version.
/// </summary>
internal sealed class ModelCache
{
    private readonly ConcurrentDictionary<Guid, ProcessModel> _models = new();

    public async Task<ProcessModel> GetAsync(Guid versionId, Func<Task<string?>> loadXml)
    {
        if (_models.TryGetValue(versionId, out var model)) return model;
        var xml = await loadXml() ?? throw new InvalidOperationException($"Definition version {versionId} has no XML.");
        var parsed = BpmnParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml));
        model = parsed.Model ?? throw new InvalidOperationException(
            $"Stored definition version {versionId} no longer parses: {string.Join("; ", parsed.Problems.Select(p => p.Message))}");
        return _models.GetOrAdd(versionId, model);
    }
}
