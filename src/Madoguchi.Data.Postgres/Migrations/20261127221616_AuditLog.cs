using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Postgres.Migrations
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
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "AuditHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            // Append-only in the database too: the application's own role cannot change or remove
            // audit rows (TRUNCATE skips row triggers, so it gets its own). The head moves only
            // forward, and only to an entry that exists with that hash. Dropping these triggers
            // needs the table owner; the hash chain still detects what is done after that.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege';
                END $$;

                CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW."Id" = OLD."Id" AND (
                        (NEW."Sequence" = OLD."Sequence" AND NEW."Hash" = OLD."Hash")
                        OR (NEW."Sequence" > OLD."Sequence" AND EXISTS (
                            SELECT 1 FROM "AuditEntries" WHERE "Sequence" = NEW."Sequence" AND "Hash" = NEW."Hash"))) THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'the audit head only moves forward, to an entry that exists'
                        USING ERRCODE = 'insufficient_privilege';
                END $$;

                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
                CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON "AuditHead"
                    FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
                CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON "AuditHead"
                    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
                CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON "AuditHead"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AuditHead");

            migrationBuilder.Sql("DROP FUNCTION audit_head_forward_only(); DROP FUNCTION audit_refuse_change();");
        }
    }
}
