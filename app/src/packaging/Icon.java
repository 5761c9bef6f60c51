import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws Thicket's application icon: a small attack tree (a goal, two gates, four steps, one of
 * them red) on a rounded dark green square. Run {@code java app/src/packaging/Icon.java OUT.png
 * [SIZE]} (default 256); the committed {@code thicket.png} was made this way.
 */
public final class Icon {
  public static void main(String[] args) throws IOException {
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(size / 256.0, size / 256.0);

    g.setColor(new Color(0x1f4d3a));
    g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));

    double[] goal = {128, 58};
    double[][] gates = {{74, 128}, {182, 128}};
    double[][] steps = {{44, 198}, {104, 198}, {152, 198}, {212, 198}};
    g.setColor(new Color(0xd9ead3));
    g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (double[] gate : gates) {
      g.draw(new Line2D.Double(goal[0], goal[1], gate[0], gate[1]));
    }
    for (int i = 0; i < steps.length; i++) {
      double[] gate = gates[i / 2];
      g.draw(new Line2D.Double(gate[0], gate[1], steps[i][0], steps[i][1]));
    }
    card(g, goal, 30, new Color(0xf4c430));
    for (double[] gate : gates) {
      card(g, gate, 24, new Color(0xd9ead3));
    }
    for (int i = 0; i < steps.length; i++) {
      card(g, steps[i], 20, i == 3 ? new Color(0xe0533d) : new Color(0x8fc98f));
    }
    g.dispose();
    ImageIO.write(image, "png", new File(args[0]));
  }

  private static void card(Graphics2D g, double[] centre, double half, Color fill) {
    RoundRectangle2D box = new RoundRectangle2D.Double(centre[0] - half, centre[1] - half * 0.8,
        2 * half, 1.6 * half, half * 0.6, half * 0.6);
    g.setColor(fill);
    g.fill(box);
    g.setColor(new Color(0x10261d));
    g.setStroke(new BasicStroke(4));
    g.draw(box);
  }
}
