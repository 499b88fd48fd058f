using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>The procedures' documents in the Kernel's file store (on disk: <c>ExternalAccreditation:FileStorePath</c>).</summary>
internal sealed class AssessmentFileStore(IFileStore store) : ModuleFileStore(store, Area)
{
    public static readonly FileStoreArea Area = new("ExternalAccreditation", "ExternalAccreditation:FileStorePath",
        Path.Combine("App_Data", "ea-files"));
}
