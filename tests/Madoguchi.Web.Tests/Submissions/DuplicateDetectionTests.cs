using System.Net;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Submissions;

/// <summary>The 2020 給付金 lesson: the same person applying again is blocked or flagged, never silently accepted.</summary>
public sealed class DuplicateDetectionTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_second_claim_by_the_same_person_is_blocked_and_names_the_first_receipt()
    {
        using var first = await client.SubmitAsync("jido-teate", DemoAnswers.For("jido-teate", "dup-block"), Guid.NewGuid().ToString());
        var receipt = (await first.JsonAsync())["receiptNumber"]!.ToString();

        var again = DemoAnswers.For("jido-teate", "dup-block");
        again["applicantPhone"] = "090-9999-0000"; // other details differ; the person is the same
        using var second = await client.SubmitAsync("jido-teate", again, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.JsonAsync();
        Assert.Equal(receipt, problem["earlierReceiptNumber"]!.ToString());
        Assert.Contains(receipt, problem["detail"]!.ToString());
    }

    [Fact]
    public async Task Parallel_duplicates_with_different_keys_still_make_one_application()
    {
        var data = DemoAnswers.For("jido-teate", "dup-parallel");
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.SubmitAsync("jido-teate", data, Guid.NewGuid().ToString())));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task The_same_people_applying_through_two_nodes_at_once_make_one_application_each()
    {
        // Two nodes, two writers with batches of their own: only the database keeps them apart
        // (PostgreSQL: an advisory lock per person taken before the check; SQLite: one lock in the process).
        using var otherNode = app.WithWebHostBuilder(_ => { });
        HttpClient[] nodes = [client, otherNode.CreateClient()];
        var people = Enumerable.Range(0, 30).Select(i => DemoAnswers.For("jido-teate", $"dup-nodes-{i}")).ToList();

        var sent = people.SelectMany((person, i) => nodes.Select(async node =>
        {
            using var response = await node.SubmitAsync("jido-teate", person, Guid.NewGuid().ToString());
            return (Person: i, response.StatusCode);
        }));
        var answers = await Task.WhenAll(sent);

        Assert.All(answers.GroupBy(a => a.Person), person =>
        {
            Assert.Single(person, a => a.StatusCode == HttpStatusCode.Created);
            Assert.Single(person, a => a.StatusCode == HttpStatusCode.Conflict);
        });
    }

    [Fact]
    public async Task A_duplicate_under_a_flag_policy_is_accepted_and_flagged_for_staff()
    {
        using var first = await client.SubmitAsync("sodai-gomi", DemoAnswers.For("sodai-gomi", "dup-flag"), Guid.NewGuid().ToString());
        using var second = await client.SubmitAsync("sodai-gomi", DemoAnswers.For("sodai-gomi", "dup-flag"), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False((await first.JsonAsync())["flaggedAsPossibleDuplicate"]!.GetValue<bool>());
        Assert.True((await second.JsonAsync())["flaggedAsPossibleDuplicate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Different_people_are_not_duplicates()
    {
        using var a = await client.SubmitAsync("jido-teate", DemoAnswers.For("jido-teate", "person-a"), Guid.NewGuid().ToString());
        using var b = await client.SubmitAsync("jido-teate", DemoAnswers.For("jido-teate", "person-b"), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
    }
}
