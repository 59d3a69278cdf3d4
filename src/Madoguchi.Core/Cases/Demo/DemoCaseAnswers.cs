using System.Globalization;
using System.Text.Json.Nodes;

namespace Madoguchi.Core.Cases.Demo;

/// <summary>
/// Valid answers to each demo procedure, as a resident would give them on <c>today</c> (the day the
/// demo case is submitted). File fields are listed so the seeder can attach a sample image first.
/// </summary>
internal static class DemoCaseAnswers
{
    /// <summary>The procedures the seeder can fill in, and the file fields each one requires.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RequiredFiles = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["juminhyo"] = ["idPhoto"],
        ["zei-shomei"] = ["idPhoto"],
        ["sodai-gomi"] = [],
        ["inu-toroku"] = [],
        ["jido-teate"] = [],
        ["doro-tsuho"] = [],
        ["shisetsu-shiyo"] = [],
    };

    public static JsonObject For(string procedure, DemoResident who, DateOnly today)
    {
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var address = DemoResident.Address(who.Number);
        return procedure switch
        {
            "juminhyo" => new JsonObject
            {
                ["requesterName"] = who.Name(),
                ["requesterBirthDate"] = Day(-12_000 - who.Number * 37),
                ["requesterAddress"] = address,
                ["requestType"] = "self",
                ["scope"] = "one",
                ["copies"] = "1",
                ["includeItems"] = new JsonArray("householdHead"),
                ["purpose"] = "employment",
                ["deliveryTo"] = "registered",
                ["idType"] = "driversLicence",
                ["phone"] = who.Phone,
                ["email"] = who.Email,
            },
            "zei-shomei" => new JsonObject
            {
                ["requesterName"] = who.Name(),
                ["requesterBirthDate"] = Day(-14_000 - who.Number * 41),
                ["requesterAddress"] = address,
                ["requestType"] = "self",
                ["certificates"] = new JsonArray(new JsonObject { ["kind"] = "incomeTax", ["fiscalYear"] = "latest", ["copies"] = "1" }),
                ["purpose"] = "daycare",
                ["phone"] = who.Phone,
                ["email"] = who.Email,
            },
            "sodai-gomi" => new JsonObject
            {
                ["items"] = new JsonArray(new JsonObject { ["itemKind"] = "chair", ["size"] = "small", ["quantity"] = "1" }),
                ["collectionDate"] = Day(7),
                ["applicantName"] = who.Name(),
                ["collectionAddress"] = address,
                ["phone"] = who.Phone,
                ["email"] = who.Email,
                ["consentPlacement"] = "true",
            },
            "inu-toroku" => new JsonObject
            {
                ["ownerName"] = who.Name(),
                ["ownerAddress"] = address,
                ["ownerPhone"] = who.Phone,
                ["ownerEmail"] = who.Email,
                ["dogName"] = "ポチ",
                ["breed"] = "柴犬",
                ["coatColour"] = "赤",
                ["sex"] = "male",
                ["neutered"] = "false",
                ["dogBirthDate"] = Day(-400),
                ["acquiredDate"] = Day(-300),
                ["microchipped"] = "true",
                ["vaccinated"] = "false",
                ["consent"] = "true",
            },
            "jido-teate" => new JsonObject
            {
                ["employmentType"] = "employee",
                ["applicantName"] = who.Name(),
                ["applicantIndividualNumber"] = who.IndividualNumber(1),
                ["applicantBirthDate"] = Day(-12_500 - who.Number * 29),
                ["applicantAddress"] = address,
                ["applicantPhone"] = who.Phone,
                ["applicantEmail"] = who.Email,
                ["mainEarner"] = "true",
                ["movedIn"] = "false",
                ["householdMembers"] = new JsonArray(new JsonObject
                {
                    ["memberName"] = new JsonObject { ["family"] = who.Family, ["given"] = "花子", ["familyKana"] = who.FamilyKana, ["givenKana"] = "はなこ" },
                    ["relationship"] = "spouse",
                    ["memberBirthDate"] = Day(-12_000),
                    ["livesTogether"] = "true",
                }),
                ["children"] = new JsonArray(new JsonObject
                {
                    ["childName"] = new JsonObject { ["family"] = who.Family, ["given"] = "一郎", ["familyKana"] = who.FamilyKana, ["givenKana"] = "いちろう" },
                    ["childIndividualNumber"] = who.IndividualNumber(2),
                    ["childBirthDate"] = Day(-2000),
                    ["childRelationship"] = "child",
                    ["childLivesTogether"] = "true",
                }),
                ["bankAccount"] = new JsonObject
                {
                    ["bankCode"] = "0001",
                    ["branchCode"] = "001",
                    ["accountType"] = "ordinary",
                    ["accountNumber"] = (1_000_000 + who.Number).ToString(CultureInfo.InvariantCulture),
                    ["holderKana"] = "デモ タロウ",
                },
                ["consentPublicRecords"] = "true",
                ["consentTruth"] = "true",
            },
            "doro-tsuho" => new JsonObject
            {
                ["problemKind"] = "pothole",
                ["details"] = "車道に直径30cmほどの穴があります。",
                ["locationDescription"] = $"デモ市役所前の交差点から北へ{who.Number * 10 + 20}m、歩道側",
                ["wantsContact"] = "true",
                ["reporterName"] = who.Name(),
                ["reporterPhone"] = who.Phone,
                ["reporterEmail"] = who.Email,
                ["consentShare"] = "true",
            },
            "shisetsu-shiyo" => new JsonObject
            {
                ["facility"] = "meetingA",
                ["useDate"] = Day(10 + who.Number % 20),
                ["startTime"] = "10:00",
                ["hours"] = "2",
                ["attendees"] = "8",
                ["purpose"] = "meeting",
                ["eventName"] = "自治会役員会",
                ["commercialUse"] = "false",
                ["applicantType"] = "individual",
                ["applicantName"] = who.Name(),
                ["applicantAddress"] = address,
                ["applicantPhone"] = who.Phone,
                ["applicantEmail"] = who.Email,
                ["consentRules"] = "true",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(procedure), procedure, "No demo answers for this procedure."),
        };
    }
}
