package dev.thicket.exports.markdown;

import static dev.thicket.exports.MarkdownText.code;
import static dev.thicket.exports.MarkdownText.escape;

import dev.thicket.exports.report.AttackerReportText;
import dev.thicket.exports.report.Attackers;
import dev.thicket.exports.report.Report;
import dev.thicket.model.tree.AttackerProfile;
import java.util.List;

/**
 * The "Attackers" section of {@link MarkdownReport}, for trees with attacker data: the profiles
 * (probability, risk, scenarios within reach, the riskiest of them), the cheapest, fastest and
 * easiest attacks and the attack potential of the listed scenarios. The risk per attacker is
 * charted in the SVG beside the report.
 */
final class MarkdownAttackers {
  private MarkdownAttackers() {}

  static void section(StringBuilder md, Report report) {
    if (report.attackers().isEmpty()) {
      return;
    }
    Attackers attackers = report.attackers().get();
    md.append("## ").append(AttackerReportText.HEADING).append("\n\n")
        .append(escape(AttackerReportText.intro())).append("\n\n");
    if (!attackers.profiles().isEmpty()) {
      md.append("### Attacker profiles\n\n")
          .append(escape(AttackerReportText.profilesIntro(report))).append("\n\n");
      table(md, AttackerReportText.profileColumns(report.mode()), "llrrr",
          AttackerReportText.profileRows(report, attackers));
      List<AttackerProfile> described = AttackerReportText.describedProfiles(attackers);
      if (!described.isEmpty()) {
        md.append(escape(AttackerReportText.PROFILES_DESCRIBED)).append("\n\n");
        for (AttackerProfile profile : described) {
          md.append("- ").append(escape(profile.title())).append(" (").append(code(profile.id()))
              .append("): ").append(escape(profile.description())).append('\n');
        }
        md.append('\n');
      }
      md.append(escape(AttackerReportText.reachIntro(report))).append("\n\n");
      table(md, AttackerReportText.REACH_COLUMNS, "llrrrl",
          AttackerReportText.reachRows(report, attackers));
    }
    List<List<String>> attacks = AttackerReportText.attackRows(report, attackers.result());
    if (!attacks.isEmpty()) {
      md.append("### Cheapest, fastest and easiest attacks\n\n")
          .append(escape(AttackerReportText.attacksIntro())).append("\n\n");
      table(md, AttackerReportText.ATTACK_COLUMNS, "llrrl", attacks);
      String feasibility = AttackerReportText.feasibility(report, attackers.result());
      if (feasibility != null) {
        md.append(escape(feasibility)).append("\n\n");
      }
    }
    List<List<String>> potential = AttackerReportText.potentialRows(report);
    if (!potential.isEmpty()) {
      md.append("### Attack potential of the listed scenarios\n\n")
          .append(escape(AttackerReportText.potentialIntro(report))).append("\n\n");
      table(md, AttackerReportText.POTENTIAL_COLUMNS,
          "rllllllrlr", potential);
    }
  }

  /**
   * A GFM table; {@code alignment} has one letter per column, {@code l}eft for text (escaped)
   * or {@code r}ight for numbers (written as they are).
   */
  private static void table(StringBuilder md, List<String> columns, String alignment,
      List<List<String>> rows) {
    md.append("| ").append(String.join(" | ", columns)).append(" |\n|");
    for (int i = 0; i < alignment.length(); i++) {
      md.append(alignment.charAt(i) == 'r' ? "---:|" : "---|");
    }
    md.append('\n');
    for (List<String> row : rows) {
      md.append('|');
      for (int i = 0; i < row.size(); i++) {
        md.append(' ').append(alignment.charAt(i) == 'r' ? row.get(i) : escape(row.get(i)))
            .append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }
}
