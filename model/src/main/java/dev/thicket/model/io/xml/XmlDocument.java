package dev.thicket.model.io.xml;

import dev.thicket.model.io.FileSizeLimit;
import dev.thicket.model.io.TreeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an untrusted XML file into {@link XmlElement}s. Safe on hostile input: at most {@link
 * FileSizeLimit#xmlBytes()} bytes, no DTD (a DOCTYPE is refused, so neither external entities nor
 * entity expansion can happen), no entity references other than the five predefined ones and
 * character references, at most {@link #MAX_DEPTH} levels of nesting. Problems are added to an
 * {@link XmlProblems}; the first syntax error ends the reading of the file.
 */
public final class XmlDocument {
  /** The deepest element nesting read. */
  public static final int MAX_DEPTH = 256;

  private XmlDocument() {}

  /**
   * The parser factory, made when the first XML file is parsed: {@link #load} reads YAML files
   * too, and the JDK's XML classes cost a short command's start tens of milliseconds.
   */
  private static final class Factory {
    static final XMLInputFactory SECURE = secureFactory();
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  /** The bytes of {@code file}, or {@code null} after adding why they cannot be read. */
  public static byte[] load(Path file, XmlProblems problems) {
    XmlPosition start = XmlPosition.start(file.toString());
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        problems.add(start, TreeReader.NOT_A_FILE);
        return null;
      }
      int limit = FileSizeLimit.xmlBytes();
      if (Files.size(file) > limit) {
        problems.add(start, FileSizeLimit.tooLargeXml());
        return null;
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] content = in.readNBytes(limit + 1);
        if (content.length > limit) {
          problems.add(start, FileSizeLimit.tooLargeXml());
          return null;
        }
        return content;
      }
    } catch (NoSuchFileException e) {
      problems.add(start, "cannot read the file: it does not exist");
    } catch (AccessDeniedException e) {
      problems.add(start, "cannot read the file: permission denied");
    } catch (IOException e) {
      problems.add(start, "cannot read the file: " + e.getMessage());
    }
    return null;
  }

  /** The root element of {@code content}, or {@code null} after adding the problem found. */
  public static XmlElement parse(String file, byte[] content, XmlProblems problems) {
    problems.file(file);
    if (content.length > FileSizeLimit.xmlBytes()) {
      problems.add(XmlPosition.start(file), FileSizeLimit.tooLargeXml());
      return null;
    }
    Charset declared = declaredCharset(content);
    if (declared != null) {
      XmlPosition malformed = firstMalformed(file, content, declared);
      if (malformed != null) {
        problems.add(malformed, declared.equals(StandardCharsets.UTF_8)
            ? "the file is not valid UTF-8 here; save it as UTF-8"
            : "the file is not valid " + declared.name() + " here, the encoding it declares; "
                + "save it as UTF-8");
        return null;
      }
    }
    Parse parse = new Parse(file, content, problems);
    XMLStreamReader reader = null;
    try {
      reader = Factory.SECURE.createXMLStreamReader(new ByteArrayInputStream(content));
      try {
        return parse.run(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      problems.add(parse.at(e.getLocation()), syntaxMessage(e));
      return null;
    } catch (MissingResourceException e) {
      // the JDK's parser has no text for some of its own errors (InvalidCharInDTD, in a DOCTYPE
      // it skips) and throws this instead of an XMLStreamException
      problems.add(reader == null ? XmlPosition.start(file) : parse.at(reader.getLocation()),
          "not well-formed XML (" + e.getKey() + ")");
      return null;
    }
  }

  /**
   * The encoding {@code content} is read in: UTF-8 when it declares none (or UTF-8), else the one
   * it declares if the JDK knows it and the declaration itself is written one byte a character;
   * null for the parser to judge (an unknown name, or UTF-16 or UTF-32 declared in single bytes).
   */
  private static Charset declaredCharset(byte[] content) {
    String prolog = new String(content, 0, Math.min(content.length, 200),
        StandardCharsets.ISO_8859_1);
    Matcher declared = ENCODING.matcher(prolog);
    if (!declared.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      Charset charset = Charset.forName(declared.group(1));
      return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
          ? null : charset;
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /**
   * Where {@code content} stops being valid in {@code charset}, else null. The JDK's parser would
   * print its own "[Fatal Error]" line on stderr before failing; a located problem of ours
   * replaces it. Columns count characters of the line decoded so far.
   */
  private static XmlPosition firstMalformed(String file, byte[] content, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(
        (int) Math.ceil(content.length * (double) decoder.maxCharsPerByte()) + 1);
    if (!decoder.decode(in, out, true).isError()) {
      return null;
    }
    out.flip();
    int line = 1;
    int column = 1;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new XmlPosition(file, line, column);
  }

  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private static String syntaxMessage(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int index = message.indexOf("Message: ");
    String text = index >= 0 ? message.substring(index + "Message: ".length()) : message;
    return "not well-formed XML: " + text.strip();
  }

  /** One reading of one file. */
  private static final class Parse {
    private final String file;
    private final Lines lines;
    private final XmlProblems problems;
    private final Deque<Builder> open = new ArrayDeque<>();

    Parse(String file, byte[] content, XmlProblems problems) {
      this.file = file;
      this.lines = new Lines(new String(content, StandardCharsets.UTF_8));
      this.problems = problems;
    }

    XmlElement run(XMLStreamReader reader) throws XMLStreamException {
      XmlElement root = null;
      Location before = reader.getLocation();
      while (reader.hasNext()) {
        int event = reader.next();
        XmlPosition position = lines.skipBlank(file, before);
        switch (event) {
          case XMLStreamConstants.DTD -> {
            problems.add(position, "a DOCTYPE is not allowed: files are read without DTDs "
                + "or entities");
            return null;
          }
          case XMLStreamConstants.ENTITY_REFERENCE -> {
            problems.add(position, "the entity reference '&" + reader.getLocalName()
                + ";' is not allowed: files are read without DTDs or entities");
            return null;
          }
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() == MAX_DEPTH) {
              problems.add(position, "elements are nested deeper than " + MAX_DEPTH + " levels");
              return null;
            }
            open.push(new Builder(name(reader), position, attributes(reader)));
          }
          case XMLStreamConstants.END_ELEMENT -> {
            XmlElement element = open.pop().build();
            if (open.isEmpty()) {
              root = element;
            } else {
              open.peek().children.add(element);
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.peek().text(reader.getText(), position);
            }
          }
          default -> {
            // comments, processing instructions, the end of the document
          }
        }
        before = reader.getLocation();
      }
      return root;
    }

    XmlPosition at(Location location) {
      if (location == null || location.getLineNumber() < 1) {
        return XmlPosition.start(file);
      }
      return new XmlPosition(file, location.getLineNumber(), Math.max(1, location.getColumnNumber()));
    }

    private static String name(XMLStreamReader reader) {
      String prefix = reader.getPrefix();
      return prefix == null || prefix.isEmpty() ? reader.getLocalName()
          : prefix + ":" + reader.getLocalName();
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        String prefix = reader.getAttributePrefix(i);
        String name = prefix == null || prefix.isEmpty() ? reader.getAttributeLocalName(i)
            : prefix + ":" + reader.getAttributeLocalName(i);
        attributes.put(name, reader.getAttributeValue(i));
      }
      return attributes;
    }
  }

  /** An element whose end tag is not read yet. */
  private static final class Builder {
    final String name;
    final XmlPosition position;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    XmlPosition textPosition;

    Builder(String name, XmlPosition position, Map<String, String> attributes) {
      this.name = name;
      this.position = position;
      this.attributes = attributes;
    }

    void text(String more, XmlPosition position) {
      if (textPosition == null && !more.isBlank()) {
        textPosition = position;
      }
      text.append(more);
    }

    XmlElement build() {
      return new XmlElement(name, position, attributes, children, text.toString(), textPosition);
    }
  }

  /** The file's text by lines, to find where an event really starts. */
  private static final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
      this.text = text;
      List<Integer> found = new ArrayList<>();
      found.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          found.add(i + 1);
        }
      }
      starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * StAX gives the position after the previous event; the next event starts there, after any
     * blank the parser did not report (between the prolog and the root, say).
     */
    XmlPosition skipBlank(String file, Location location) {
      int line = location.getLineNumber();
      int column = location.getColumnNumber();
      if (line < 1 || column < 1 || line > starts.length) {
        return XmlPosition.start(file);
      }
      int offset = starts[line - 1] + column - 1;
      while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
        if (text.charAt(offset) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
        offset++;
      }
      if (offset > 0 && offset - 1 < text.length() && text.charAt(offset - 1) == '<'
          && (offset >= text.length() || text.charAt(offset) != '<') && column > 1) {
        column--; // after a text event StAX has already read the '<' of the next tag
      }
      return new XmlPosition(file, line, column);
    }
  }
}
