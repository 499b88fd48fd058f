using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Localization;

/// <summary>Every type's localizer is the global one: keys are prefixed per module, so there is no per-type resource.</summary>
internal sealed class QaStringLocalizerFactory(LocalizationStore store) : IStringLocalizerFactory
{
    private readonly QaStringLocalizer _localizer = new(store);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
