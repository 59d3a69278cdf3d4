using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentAndApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledJobs");

            migrationBuilder.AddColumn<int>(
                name: "ApprovalRound",
                table: "CaseHistory",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovalStep",
                table: "CaseHistory",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssigneeId",
                table: "CaseHistory",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssigneeName",
                table: "CaseHistory",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousAssigneeName",
                table: "CaseHistory",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedDecision",
                table: "CaseHistory",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "CaseHistory",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovalRound",
                table: "Applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalRoute",
                table: "Applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovalStep",
                table: "Applications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalStepRole",
                table: "Applications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedToId",
                table: "Applications",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftedById",
                table: "Applications",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ApprovalStepRole_ProcedureId",
                table: "Applications",
                columns: new[] { "ApprovalStepRole", "ProcedureId" },
                filter: "\"ApprovalStepRole\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_AssignedToId_Status",
                table: "Applications",
                columns: new[] { "AssignedToId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ProcedureId_DueOn",
                table: "Applications",
                columns: new[] { "ProcedureId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ProcedureId_Status_SubmittedAt",
                table: "Applications",
                columns: new[] { "ProcedureId", "Status", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_ApprovalStepRole_ProcedureId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_AssignedToId_Status",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ProcedureId_DueOn",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ProcedureId_Status_SubmittedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApprovalRound",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "ApprovalStep",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "AssigneeId",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "AssigneeName",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "PreviousAssigneeName",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "ProposedDecision",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "ApprovalRound",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApprovalRoute",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApprovalStep",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApprovalStepRole",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "AssignedToId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DraftedById",
                table: "Applications");

            migrationBuilder.CreateTable(
                name: "ScheduledJobs",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    LastFinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastOutcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastRunBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NextRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledJobs", x => x.Name);
                });
        }
    }
}
