package dev.thicket.model.io.xml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of an XML file, read completely, with the position of its start tag and of each
 * attribute (attribute positions are those of the start tag: StAX gives no finer ones).
 *
 * @param attributes in document order
 * @param children the child elements in order
 * @param text the concatenated character content directly inside this element
 * @param textPosition where the first non-blank text starts, or {@code null} when all blank
 */
public record XmlElement(
    String name,
    XmlPosition position,
    Map<String, String> attributes,
    List<XmlElement> children,
    String text,
    XmlPosition textPosition) {

  public XmlElement {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    children = List.copyOf(children);
  }

  public Optional<String> attribute(String attributeName) {
    return Optional.ofNullable(attributes.get(attributeName));
  }

  /** The children named {@code childName}, in order. */
  public List<XmlElement> children(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }
}
