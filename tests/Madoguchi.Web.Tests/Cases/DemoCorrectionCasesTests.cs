using Madoguchi.Core.Cases.Corrections;
using Madoguchi.Core.Cases.Demo;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Cases;

public sealed class DemoCorrectionCasesTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    [Fact]
    public async Task The_demo_city_has_a_case_waiting_for_a_correction_and_one_corrected_in_every_department()
    {
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync();
        }

        var waiting = await app.InDatabaseAsync(db => db.Applications.AsNoTracking()
            .Where(a => a.IdempotencyKey!.EndsWith(":correction")).ToListAsync());
        var corrected = await app.InDatabaseAsync(db => db.Applications.AsNoTracking()
            .Where(a => a.IdempotencyKey!.EndsWith(":corrected")).ToListAsync());
        var departments = await app.InDatabaseAsync(db => db.Departments.CountAsync());

        Assert.Equal(departments, waiting.Count);
        Assert.Equal(departments, corrected.Count);
        Assert.All(waiting, a => Assert.Equal(ApplicationStatus.CorrectionRequested, a.Status));
        Assert.All(corrected, a => Assert.Equal(ApplicationStatus.UnderReview, a.Status));
        foreach (var application in waiting)
        {
            var request = await app.InDatabaseAsync(db => db.CorrectionRequests.SingleAsync(r => r.ApplicationId == application.Id));
            Assert.Equal(CorrectionState.Open, request.State);
        }
        foreach (var application in corrected)
        {
            var revisions = await app.InDatabaseAsync(db => db.AnswerRevisions.Where(r => r.ApplicationId == application.Id).OrderBy(r => r.Number).ToListAsync());
            Assert.Equal([1, 2], revisions.Select(r => r.Number));
            Assert.Contains("090-1234-5678", revisions[1].DataJson);
            Assert.DoesNotContain("090-1234-5678", revisions[0].DataJson);
        }
    }
}
