namespace Ektu.Qa.Kernel.Web;

/// <summary>An organisation unit as a picker shows it: its place in the tree and its name in the current language.</summary>
public interface IUnitOption
{
    Guid Id { get; }

    Guid? ParentId { get; }

    string Code { get; }

    string Name { get; }
}
