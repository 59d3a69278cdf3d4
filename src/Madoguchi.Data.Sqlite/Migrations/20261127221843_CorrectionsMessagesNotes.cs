using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CorrectionsMessagesNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CorrectionRequestId",
                table: "Attachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StaffMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMessages_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CorrectionRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedByStaffMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    FieldPaths = table.Column<string>(type: "TEXT", nullable: false),
                    BusinessDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadlineOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    PendingAnswersJson = table.Column<string>(type: "TEXT", nullable: true),
                    RevisionNumber = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InternalNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternalNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InternalNotes_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnswerRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false),
                    FeeYen = table.Column<long>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CorrectionRequestId = table.Column<long>(type: "INTEGER", nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnswerRevisions_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnswerRevisions_CorrectionRequests_CorrectionRequestId",
                        column: x => x.CorrectionRequestId,
                        principalTable: "CorrectionRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_CorrectionRequestId",
                table: "Attachments",
                column: "CorrectionRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AnswerRevisions_ApplicationId_Number",
                table: "AnswerRevisions",
                columns: new[] { "ApplicationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnswerRevisions_CorrectionRequestId",
                table: "AnswerRevisions",
                column: "CorrectionRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMessages_ApplicationId_From_At",
                table: "CaseMessages",
                columns: new[] { "ApplicationId", "From", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMessages_ApplicationId_Id",
                table: "CaseMessages",
                columns: new[] { "ApplicationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_ApplicationId_Round",
                table: "CorrectionRequests",
                columns: new[] { "ApplicationId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InternalNotes_ApplicationId_Id",
                table: "InternalNotes",
                columns: new[] { "ApplicationId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerRevisions");

            migrationBuilder.DropTable(
                name: "CaseMessages");

            migrationBuilder.DropTable(
                name: "InternalNotes");

            migrationBuilder.DropTable(
                name: "CorrectionRequests");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_CorrectionRequestId",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "CorrectionRequestId",
                table: "Attachments");
        }
    }
}
