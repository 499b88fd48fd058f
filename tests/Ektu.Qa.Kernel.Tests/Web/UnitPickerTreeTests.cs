using Ektu.Qa.Kernel.Web;

namespace Ektu.Qa.Kernel.Tests.Web;

/// <summary>The unit picker's order: the tree, not the order the units were read in (ids, depth).</summary>
public sealed class UnitPickerTreeTests
{
    private sealed record Unit(Guid Id, Guid? ParentId, string Code, string Name) : IUnitOption;

    [Fact]
    public void Tree_Should_PutEachUnitUnderItsParentSiblingsByName_When_UnitsComeInAnyOrder()
    {
        var root = new Unit(Guid.NewGuid(), null, "U", "University");
        var sitis = new Unit(Guid.NewGuid(), root.Id, "S", "School of IT");
        var sem = new Unit(Guid.NewGuid(), root.Id, "E", "School of Economics");
        var cs = new Unit(Guid.NewGuid(), sitis.Id, "CS", "Computer Science");
        var ai = new Unit(Guid.NewGuid(), sitis.Id, "AI", "Artificial Intelligence");
        var fin = new Unit(Guid.NewGuid(), sem.Id, "F", "Finance");

        var tree = UnitPickerTagHelper.Tree([cs, fin, sitis, root, ai, sem]).Select(x => (x.Unit.Name, x.Depth)).ToList();

        tree.ShouldBe([
            ("University", 0), ("School of Economics", 1), ("Finance", 2),
            ("School of IT", 1), ("Artificial Intelligence", 2), ("Computer Science", 2),
        ]);
    }

    [Fact]
    public void Tree_Should_StartATreeAtAUnit_When_ItsParentIsNotOffered()
    {
        // A dean's scope: the school and its departments, not the university above them.
        var school = new Unit(Guid.NewGuid(), Guid.NewGuid(), "S", "School of IT");
        var dept = new Unit(Guid.NewGuid(), school.Id, "CS", "Computer Science");
        var other = new Unit(Guid.NewGuid(), Guid.NewGuid(), "L", "Library");

        UnitPickerTagHelper.Tree([dept, other, school]).Select(x => (x.Unit.Code, x.Depth)).ShouldBe([("L", 0), ("S", 0), ("CS", 1)]);
    }
}
