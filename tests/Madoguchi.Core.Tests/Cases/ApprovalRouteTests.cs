using Madoguchi.Core.Cases.Approval;
using Madoguchi.Core.Identity;

namespace Madoguchi.Core.Tests.Cases;

public sealed class ApprovalRouteTests
{
    [Theory]
    [InlineData("clerk", new[] { DepartmentRole.Clerk })]
    [InlineData("clerk chief", new[] { DepartmentRole.Clerk, DepartmentRole.Chief })]
    [InlineData("  clerk   chief manager ", new[] { DepartmentRole.Clerk, DepartmentRole.Chief, DepartmentRole.Manager })]
    [InlineData("clerk clerk manager", new[] { DepartmentRole.Clerk, DepartmentRole.Clerk, DepartmentRole.Manager })]
    public void A_route_lists_the_roles_in_order(string text, DepartmentRole[] steps)
    {
        var route = ApprovalRoute.Parse(text);

        Assert.NotNull(route);
        Assert.Equal(steps, route.Steps);
        Assert.Equal(steps.Length > 1, route.HasApprovers);
        Assert.True(route.IsLast(steps.Length - 1));
        Assert.Equal(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), route.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("chief manager")]
    [InlineData("clerk author")]
    [InlineData("clerk Chief")]
    [InlineData("clerk,chief")]
    [InlineData("clerk administrator")]
    public void A_route_that_does_not_start_with_the_clerk_or_names_an_unknown_role_is_refused(string? text) =>
        Assert.Null(ApprovalRoute.Parse(text));
}
