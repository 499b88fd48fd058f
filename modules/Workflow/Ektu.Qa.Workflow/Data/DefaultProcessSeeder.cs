using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Workflow.Definitions;

namespace Ektu.Qa.Workflow.Data;

/// <summary>
/// The shipped processes (programme approval, external assessment, policy document approval) become published
/// version 1 when their key is not defined yet; after that they are the designers' to edit.
/// </summary>
internal sealed class DefaultProcessSeeder(IDbSession db, ProcessDefinitionAppService definitions) : IDataSeedContributor
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        var asm = typeof(DefaultProcessSeeder).Assembly;
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.EndsWith(".bpmn", StringComparison.Ordinal)).Order())
        {
            await using var stream = asm.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            await db.InUnitOfWorkAsync(() => definitions.SeedPublishedAsync(buffer.ToArray(), ct), ct);
        }
    }
}
