namespace Ektu.Qa.Kernel.Modularity;

/// <summary>
/// A module's name as its Contracts carry it: a module sees only the Contracts of the modules it uses, so
/// <see cref="DependsOnAttribute"/> names this marker (ABP's <c>…ContractsModule</c>) instead of the module class.
/// </summary>
public interface IQaModuleContracts
{
    /// <summary>The <see cref="IQaModule.Name"/> of the module these Contracts belong to.</summary>
    static abstract string ModuleName { get; }
}
