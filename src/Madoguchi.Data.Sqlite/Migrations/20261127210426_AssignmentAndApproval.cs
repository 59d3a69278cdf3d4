using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentAndApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApprovalRound",
                table: "CaseHistory",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovalStep",
                table: "CaseHistory",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssigneeId",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssigneeName",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousAssigneeName",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedDecision",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovalRound",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalRoute",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovalStep",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalStepRole",
                table: "Applications",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedToId",
                table: "Applications",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftedById",
                table: "Applications",
                type: "TEXT",
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
        }
    }
}
