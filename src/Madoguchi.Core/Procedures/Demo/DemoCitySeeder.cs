using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Madoguchi.Core.Data;
using Madoguchi.Forms.Definitions;

using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Core.Procedures.Demo;

/// <summary>
/// Fills an empty database with デモ市: departments, life events and the demo procedures, each
/// with a published first form version. Runs at start-up only when no department exists yet.
/// </summary>
public sealed class DemoCitySeeder(MadoguchiDb db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Assembly Resources = typeof(DemoCitySeeder).Assembly;

    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Departments.AnyAsync(ct))
        {
            return false;
        }
        var city = Read<DemoCity>("Demo/city.json");
        var departments = city.Departments.Select(d => new Department { Code = d.Code, NameJa = d.Name.Ja, NameEn = d.Name.En }).ToList();
        db.Departments.AddRange(departments);
        db.LifeEvents.AddRange(city.LifeEvents.Select((e, i) => new LifeEvent { Code = e.Code, NameJa = e.Name.Ja, NameEn = e.Name.En, SortOrder = i }));
        await db.SaveChangesAsync(ct);

        foreach (var folder in ProcedureFolders())
        {
            await SeedProcedureAsync(folder, departments, ct);
        }
        return true;
    }

    /// <summary>The demo procedures' resource folders, in a stable order.</summary>
    public static IReadOnlyList<string> ProcedureFolders() =>
        [.. Resources.GetManifestResourceNames()
            .Where(n => n.EndsWith("/procedure.json", StringComparison.Ordinal))
            .Select(n => n[..^"/procedure.json".Length])
            .Order(StringComparer.Ordinal)];

    public static string ReadText(string name)
    {
        using var stream = Resources.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing demo resource {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private async Task SeedProcedureAsync(string folder, List<Department> departments, CancellationToken ct)
    {
        var spec = Read<DemoProcedure>(folder + "/procedure.json");
        var formJson = ReadText(folder + "/form.json");
        var parsed = FormDefinitionParser.Parse(formJson);
        if (!parsed.Success)
        {
            throw new InvalidOperationException(
                $"Demo form {folder} is invalid: {string.Join("; ", parsed.Problems.Select(p => $"{p.Path} {p.Message}"))}");
        }
        var description = new ProcedureDescription(spec.Summary, spec.WhatYouNeed, spec.FeeDescription);
        var procedure = new Procedure
        {
            Code = spec.Code,
            DepartmentId = departments.Single(d => d.Code == spec.Department).Id,
            TitleJa = spec.Title.Ja,
            TitleEn = spec.Title.En,
            DescriptionJson = description.ToJson(),
            LifeEventCodes = string.Join(' ', spec.LifeEvents),
            StandardProcessingDays = spec.StandardProcessingDays,
            DuplicatePolicy = Enum.Parse<DuplicatePolicy>(spec.DuplicatePolicy, ignoreCase: true),
            DuplicateWindowDays = spec.DuplicateWindowDays,
            ApprovalRoute = string.Join(' ', spec.ApprovalRoute),
            RetentionYears = spec.RetentionYears,
            PaymentTiming = Enum.Parse<PaymentTiming>(spec.PaymentTiming, ignoreCase: true),
        };
        procedure.SearchText = ProcedureSearchText.For(procedure, description, departments.Single(d => d.Id == procedure.DepartmentId));
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync(ct);

        var version = new FormVersion
        {
            ProcedureId = procedure.Id,
            Version = 1,
            DefinitionJson = formJson,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(formJson))),
            PublishedAt = clock.GetUtcNow(),
        };
        db.FormVersions.Add(version);
        await db.SaveChangesAsync(ct);
        procedure.PublishedVersionId = version.Id;
        await db.SaveChangesAsync(ct);
    }

    private static T Read<T>(string name) =>
        JsonSerializer.Deserialize<T>(ReadText(name), Json) ?? throw new InvalidOperationException($"Empty {name}.");

    private sealed record DemoCity(IReadOnlyList<DemoNamed> Departments, IReadOnlyList<DemoNamed> LifeEvents);

    private sealed record DemoNamed(string Code, LocalizedText Name);

    private sealed record DemoProcedure(
        string Code, string Department, IReadOnlyList<string> LifeEvents, LocalizedText Title,
        LocalizedText Summary, IReadOnlyList<LocalizedText> WhatYouNeed, LocalizedText? FeeDescription,
        int StandardProcessingDays, string DuplicatePolicy, int DuplicateWindowDays,
        IReadOnlyList<string> ApprovalRoute, int RetentionYears, string PaymentTiming);
}
