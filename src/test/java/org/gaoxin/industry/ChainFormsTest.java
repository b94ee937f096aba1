package org.gaoxin.industry;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.chain.ChainDocuments;
import org.gaoxin.chain.ChainEdge;
import org.gaoxin.chain.Chains;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chain page's forms: policy documents (checked by name and first bytes, scoped by
 * chain, audited) and the arrows between links (no loops, no other chain's links) and
 * taking an enterprise off a link.
 */
@DemoApplicationTest
@Transactional
class ChainFormsTest {

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ChainDocuments documents;

	@Autowired
	Chains chains;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProgramRenamedPdfIsRefusedAndNothingIsStored() throws Exception {
		GaoxinPrincipal leader = principal(DemoAccounts.CHAIN_LEADER);
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		this.mvc
			.perform(multipart("/chains/QJ-SILK/documents")
				.file(new MockMultipartFile("file", "政策.pdf", "application/pdf", exe))
				.header("Accept-Language", "zh-CN")
				.with(user(leader))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorField", "file"))
			.andExpect(flash().attribute("error", containsString("扩展名")));
		this.mvc
			.perform(multipart("/chains/QJ-SILK/documents")
				.file(new MockMultipartFile("file", "setup.exe", "application/octet-stream", exe))
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "file"));
		assertThat(this.documents.of("QJ-SILK", ADMIN)).isEmpty();
	}

	@Test
	void theLeaderUploadsListsDownloadsAndDeletesTheirChainsDocumentsAudited() throws Exception {
		GaoxinPrincipal leader = principal(DemoAccounts.CHAIN_LEADER);
		this.mvc
			.perform(multipart("/chains/QJ-SILK/documents")
				.file(new MockMultipartFile("file", "C:\\政策\\蚕桑丝绸一链一策.pdf", "application/pdf", PDF))
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("saved", "document"));
		long id = this.documents.of("QJ-SILK", ADMIN).get(0).id();
		assertThat(this.documents.of("QJ-SILK", ADMIN).get(0).fileName()).isEqualTo("蚕桑丝绸一链一策.pdf");
		this.mvc.perform(get("/chains/QJ-SILK").with(user(principal(DemoAccounts.VIEWER))))
			.andExpect(content().string(containsString("蚕桑丝绸一链一策.pdf")));
		this.mvc.perform(get("/chains/QJ-SILK/documents/{id}", id).with(user(principal(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		// a viewer reads but does not delete
		this.mvc
			.perform(post("/chains/QJ-SILK/documents/{id}/delete", id).with(user(principal(DemoAccounts.VIEWER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/chains/QJ-SILK/documents/{id}/delete", id).with(user(leader)).with(csrf()))
			.andExpect(flash().attribute("saved", "documentRemoved"));
		assertThat(this.documents.of("QJ-SILK", ADMIN)).isEmpty();
		assertThat(audits("chainDocument")).isEqualTo(2);
	}

	@Test
	void anotherChainsDocumentIsNotFoundByIdForTheSilkLeader() throws Exception {
		long alloy = this.documents.upload("QJ-NM", "合金材料一链一策.pdf", PDF, "admin", ADMIN);
		GaoxinPrincipal leader = principal(DemoAccounts.CHAIN_LEADER);
		for (String url : List.of("/chains/QJ-NM/documents/" + alloy, "/chains/QJ-SILK/documents/" + alloy)) {
			this.mvc.perform(get(url).with(user(leader))).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/chains/QJ-NM/documents/{id}/delete", alloy).with(user(leader)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/chains/QJ-NM/documents").file(new MockMultipartFile("file", "x.pdf", null, PDF))
				.with(user(leader))
				.with(csrf()))
			.andExpect(status().isNotFound());
		// through the silk chain's own address it is not found either, and nothing is
		// deleted
		this.mvc.perform(post("/chains/QJ-SILK/documents/{id}/delete", alloy).with(user(leader)).with(csrf()))
			.andExpect(flash().attributeExists("error"));
		assertThat(this.documents.of("QJ-NM", ADMIN)).hasSize(1);
	}

	@Test
	void anArrowClosingALoopPointingToItselfOrToAnotherChainIsRefused() throws Exception {
		GaoxinPrincipal leader = principal(DemoAccounts.CHAIN_LEADER);
		List<ChainEdge> before = this.chains.edges("QJ-SILK");
		// reeling → weaving → garments exists: garments → reeling would close a loop
		this.mvc
			.perform(post("/chains/QJ-SILK/edges").param("upstream", "QJ-SILK-GARMENT")
				.param("downstream", "QJ-SILK-REEL")
				.header("Accept-Language", "zh-CN")
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "downstream"))
			.andExpect(flash().attribute("error", containsString("回路")));
		this.mvc
			.perform(post("/chains/QJ-SILK/edges").param("upstream", "QJ-SILK-ART")
				.param("downstream", "QJ-SILK-ART")
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "downstream"));
		this.mvc
			.perform(post("/chains/QJ-SILK/edges").param("upstream", "QJ-SILK-REEL")
				.param("downstream", "QJ-NM-GF")
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "downstream"));
		this.mvc
			.perform(post("/chains/QJ-NM/edges").param("upstream", "QJ-NM-GF")
				.param("downstream", "QJ-NM-ALLOY")
				.with(user(leader))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.chains.edges("QJ-SILK")).isEqualTo(before);
		// a new arrow that closes no loop is drawn and removed again, both audited
		this.mvc
			.perform(post("/chains/QJ-SILK/edges").param("upstream", "QJ-SILK-REEL")
				.param("downstream", "QJ-SILK-ART")
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("saved", "edge"));
		assertThat(this.chains.edges("QJ-SILK")).contains(new ChainEdge("QJ-SILK-REEL", "QJ-SILK-ART"));
		this.mvc
			.perform(post("/chains/QJ-SILK/edges/delete").param("upstream", "QJ-SILK-REEL")
				.param("downstream", "QJ-SILK-ART")
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("saved", "edgeRemoved"));
		assertThat(this.chains.edges("QJ-SILK")).isEqualTo(before);
		assertThat(audits("chainEdge")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anEnterpriseServingALinkAsWellIsTakenOffIt() throws Exception {
		GaoxinPrincipal leader = principal(DemoAccounts.CHAIN_LEADER);
		long enterprise = this.jdbc
			.sql("SELECT MIN(enterprise_id) FROM enterprise_chain_link WHERE link_code = 'QJ-SILK-GARMENT'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/chains/QJ-SILK/links/QJ-SILK-GARMENT/members/{id}/delete", enterprise).with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("saved", "memberRemoved"));
		assertThat(this.jdbc.sql(
				"SELECT COUNT(*) FROM enterprise_chain_link WHERE link_code = 'QJ-SILK-GARMENT' AND enterprise_id = :id")
			.param("id", enterprise)
			.query(Long.class)
			.single()).isZero();
		this.mvc
			.perform(post("/chains/QJ-NM/links/QJ-NM-GF/members/{id}/delete", enterprise).with(user(leader))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	private long audits(String entity) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity = :entity")
			.param("entity", entity)
			.query(Long.class)
			.single();
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
