using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "AuditHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHead", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "AuditHead",
                columns: new[] { "Id", "Hash", "Sequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorId",
                table: "AuditEntries",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Target",
                table: "AuditEntries",
                column: "Target");

            // Append-only in the database too. The head moves only forward, and only to an entry
            // that exists with that hash. Anyone who can write the file can drop these triggers;
            // the hash chain still detects what is done after that. Beware: a later migration that
            // rebuilds either table (SQLite's way of altering columns) drops its triggers, so it must
            // create them again (AuditLogTriggerTests fails otherwise).
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: UPDATE on AuditEntries refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: DELETE on AuditEntries refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON "AuditHead"
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: DELETE on AuditHead refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON "AuditHead"
                WHEN NOT (NEW."Id" = OLD."Id" AND (
                    (NEW."Sequence" = OLD."Sequence" AND NEW."Hash" = OLD."Hash")
                    OR (NEW."Sequence" > OLD."Sequence" AND EXISTS (
                        SELECT 1 FROM "AuditEntries" WHERE "Sequence" = NEW."Sequence" AND "Hash" = NEW."Hash"))))
                BEGIN SELECT RAISE(ABORT, 'the audit head only moves forward, to an entry that exists'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AuditHead");
        }
    }
}
