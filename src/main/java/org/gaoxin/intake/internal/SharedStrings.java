package org.gaoxin.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.XMLHelper;
import org.gaoxin.intake.FileProblem;
import org.gaoxin.shared.Message;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of a workbook, read with SAX: every item's text runs joined,
 * phonetic guides left out, and an item longer than Excel's 32,767 characters refused
 * while it is read (a 150 MB string is never held).
 */
final class SharedStrings {

	private SharedStrings() {
	}

	static List<String> read(InputStream in)
			throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
		List<String> strings = new ArrayList<>();
		XMLReader xml = XMLHelper.newXMLReader();
		xml.setContentHandler(new DefaultHandler() {

			private final StringBuilder text = new StringBuilder();

			private boolean inText;

			private boolean inPhonetic;

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				switch (localName) {
					case "si" -> this.text.setLength(0);
					case "rPh" -> this.inPhonetic = true;
					case "t" -> this.inText = !this.inPhonetic;
					default -> {
					}
				}
			}

			@Override
			public void characters(char[] ch, int start, int length) {
				if (this.inText) {
					if (this.text.length() + length > TableSource.MAX_CELL_LENGTH) {
						throw new FileProblem(Message.of("intake.problem.sharedStringTooLong", strings.size() + 1,
								TableSource.MAX_CELL_LENGTH));
					}
					this.text.append(ch, start, length);
				}
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				switch (localName) {
					case "si" -> strings.add(this.text.toString());
					case "rPh" -> this.inPhonetic = false;
					case "t" -> this.inText = false;
					default -> {
					}
				}
			}
		});
		try (InputStream stream = in) {
			xml.parse(new InputSource(stream));
		}
		return strings;
	}

}
