package org.gaoxin.shared.web;

import org.gaoxin.shared.Message;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

import org.springframework.boot.jackson.JacksonComponent;

/**
 * A {@link Message} in the API: its code (stable, for programs) and its text in the
 * request's language ({@code Accept-Language} or {@code ?lang=}).
 */
@JacksonComponent
class MessageJson extends ValueSerializer<Message> {

	private final Texts texts;

	MessageJson(Texts texts) {
		this.texts = texts;
	}

	@Override
	public void serialize(Message value, JsonGenerator generator, SerializationContext context) {
		generator.writeStartObject();
		generator.writeStringProperty("code", value.code());
		generator.writeStringProperty("text", this.texts.render(value));
		generator.writeEndObject();
	}

}
