using Madoguchi.Core.Cases.Lifecycle;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;

namespace Madoguchi.Core.Tests.Cases;

public sealed class CasePermissionsTests
{
    private static readonly HashSet<string> NobodyApproved = [];

    private static Application Case(ApplicationStatus status, string route = "clerk chief manager", int? step = null, string? assignee = null, string? drafter = null)
    {
        var steps = route.Split(' ');
        return new Application
        {
            ReceiptNumber = "K7Q-4MX-93P",
            DataJson = "{}",
            Status = status,
            Procedure = new Procedure { Code = "p", TitleJa = "手続き", DescriptionJson = "{}", ApprovalRoute = route },
            ApprovalRoute = step is null ? null : route,
            ApprovalStep = step,
            ApprovalStepRole = step is { } s ? Enum.Parse<DepartmentRole>(steps[s], ignoreCase: true) : null,
            AssignedToId = assignee,
            DraftedById = drafter,
        };
    }

    private static CaseStaff Staff(string id, params DepartmentRole[] roles) => new(id, id, roles.ToHashSet());

    [Fact]
    public void Only_a_clerk_starts_the_review_and_only_the_assignee_once_there_is_one()
    {
        var unassigned = Case(ApplicationStatus.Received);
        var assigned = Case(ApplicationStatus.Received, assignee: "clerk-a");

        Assert.Null(CasePermissions.Refusal(CaseAction.StartReview, unassigned, Staff("clerk-b", DepartmentRole.Clerk), NobodyApproved));
        Assert.NotNull(CasePermissions.Refusal(CaseAction.StartReview, unassigned, Staff("chief", DepartmentRole.Chief), NobodyApproved));
        Assert.Null(CasePermissions.Refusal(CaseAction.StartReview, assigned, Staff("clerk-a", DepartmentRole.Clerk), NobodyApproved));
        Assert.Equal(CasePermissions.NotTheAssignee, CasePermissions.Refusal(CaseAction.StartReview, assigned, Staff("clerk-b", DepartmentRole.Clerk), NobodyApproved));
    }

    [Fact]
    public void The_clerk_drafts_for_approval_or_decides_alone_as_the_route_says()
    {
        var clerk = Staff("clerk", DepartmentRole.Clerk);

        Assert.Equal([CaseAction.Assign, CaseAction.SubmitForApproval], CasePermissions.Available(Case(ApplicationStatus.UnderReview), clerk, NobodyApproved));
        Assert.Equal([CaseAction.Assign, CaseAction.DecideWithoutApproval], CasePermissions.Available(Case(ApplicationStatus.UnderReview, "clerk"), clerk, NobodyApproved));
        Assert.Equal(CasePermissions.InvalidRoute, CasePermissions.Refusal(CaseAction.SubmitForApproval, Case(ApplicationStatus.UnderReview, "chief"), clerk, NobodyApproved));
    }

    [Fact]
    public void At_a_step_only_the_holder_of_its_role_approves_or_sends_back()
    {
        var atChief = Case(ApplicationStatus.AwaitingApproval, step: 1, drafter: "clerk");

        Assert.Equal(
            [CaseAction.Assign, CaseAction.ApproveStep, CaseAction.SendBack],
            CasePermissions.Available(atChief, Staff("chief", DepartmentRole.Chief), NobodyApproved));
        Assert.Equal([CaseAction.Assign], CasePermissions.Available(atChief, Staff("manager", DepartmentRole.Manager), NobodyApproved));
        Assert.Empty(CasePermissions.Available(atChief, Staff("author", DepartmentRole.Author), NobodyApproved));
    }

    [Fact]
    public void The_last_step_decides()
    {
        var atManager = Case(ApplicationStatus.AwaitingApproval, step: 2, drafter: "clerk");

        Assert.Equal(
            [CaseAction.Assign, CaseAction.ApproveFinally, CaseAction.SendBack],
            CasePermissions.Available(atManager, Staff("manager", DepartmentRole.Manager), NobodyApproved));
    }

    [Fact]
    public void Nobody_approves_their_own_draft_or_twice_in_one_round_but_they_may_still_send_back()
    {
        var ownDraft = Case(ApplicationStatus.AwaitingApproval, step: 1, drafter: "both");
        var secondStep = Case(ApplicationStatus.AwaitingApproval, step: 2, drafter: "clerk");
        var clerkAndChief = Staff("both", DepartmentRole.Clerk, DepartmentRole.Chief);
        var chiefAndManager = Staff("senior", DepartmentRole.Chief, DepartmentRole.Manager);

        Assert.Equal(CasePermissions.OwnDraft, CasePermissions.Refusal(CaseAction.ApproveStep, ownDraft, clerkAndChief, NobodyApproved));
        Assert.Equal(CasePermissions.ApprovedAlready, CasePermissions.Refusal(CaseAction.ApproveFinally, secondStep, chiefAndManager, new HashSet<string> { "senior" }));
        Assert.Null(CasePermissions.Refusal(CaseAction.ApproveFinally, secondStep, chiefAndManager, new HashSet<string> { "someone-else" }));
        Assert.Null(CasePermissions.Refusal(CaseAction.SendBack, ownDraft, clerkAndChief, NobodyApproved));
    }

    [Theory]
    [InlineData(ApplicationStatus.Completed)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void A_decided_case_offers_nobody_anything(ApplicationStatus status)
    {
        var everyone = Staff("all", DepartmentRole.Clerk, DepartmentRole.Chief, DepartmentRole.Manager, DepartmentRole.Author);

        Assert.Empty(CasePermissions.Available(Case(status), everyone, NobodyApproved));
    }
}
